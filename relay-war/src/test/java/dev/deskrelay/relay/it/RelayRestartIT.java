package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.ApiClient.json;
import static dev.deskrelay.relay.it.Parties.newViewer;
import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.pair;
import static dev.deskrelay.relay.it.Parties.pairViewer;
import static dev.deskrelay.relay.it.Parties.telemetry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Payara Micro stopped and started again on the same data directory, as an upgrade or a reboot
 * does: what was stored survives, and an offline rule's wait, which was not, starts again.
 */
class RelayRestartIT {

    @Test
    void everyDeviceCredentialAndGrantSurvivesARestart(@TempDir Path data) throws InterruptedException {
        try (var relay = RelayProcess.start(data)) {
            var laptop = enrollAgent(relay.base(), "laptop");
            var desktop = enrollAgent(relay.base(), "desktop");
            var viewer = pairViewer(relay.base(), laptop.pairingCode());
            viewer.socket().send(pair(desktop.pairingCode())).next("paired");
            String unusedCode = laptop.socket().send("{\"type\":\"request_pairing_code\"}")
                    .next("pairing_code").getString("code");
            // a computer with an offline rule that does not come back after the restart
            var closet = enrollAgent(relay.base(), "closet");
            var person = People.newPerson(relay.base());
            Parties.signedIn(relay.base(), person.token()).send(pair(closet.pairingCode())).next("paired");
            var rule = person.client().post("/api/alerts/rules", Json.createObjectBuilder().add("name", "closet gone")
                    .add("deviceId", closet.deviceId()).add("metric", "offline").add("durationSeconds", 3)
                    .add("severity", "warning").build());
            assertEquals(201, rule.statusCode(), rule.body());
            // and a computer whose busy CPU fired before the restart and is quiet after it
            var rack = enrollAgent(relay.base(), "rack");
            Parties.signedIn(relay.base(), person.token()).send(pair(rack.pairingCode())).next("paired");
            var busy = person.client().post("/api/alerts/rules", Json.createObjectBuilder().add("name", "rack busy")
                    .add("deviceId", rack.deviceId()).add("metric", "cpu").add("comparison", "above")
                    .add("threshold", 80).add("durationSeconds", 1).add("severity", "warning").build());
            assertEquals(201, busy.statusCode(), busy.body());
            sampleUntil(person, rack.socket(), 95, "firing", rack.deviceId());

            relay.stop();
            long restartedAt = System.currentTimeMillis();
            relay.start();

            for (var agent : new Parties.EnrolledAgent[] {laptop, desktop}) {
                var again = RelayClient.connect(relay.base(), "agent").send("{\"type\":\"authenticate\",\"deviceId\":\""
                        + agent.deviceId() + "\",\"secret\":\"" + agent.secret() + "\"}");
                assertEquals(agent.deviceId(), again.next("authenticated").getString("deviceId"));
                again.send(telemetry(5));
            }
            var browser = RelayClient.connect(relay.base(), "viewer")
                    .send("{\"type\":\"authenticate\",\"token\":\"" + viewer.token() + "\"}");
            JsonObject authenticated = browser.next("authenticated");
            Set<String> devices = authenticated.getJsonArray("devices").stream()
                    .map(device -> device.asJsonObject().getString("id")).collect(Collectors.toSet());
            assertEquals(Set.of(laptop.deviceId(), desktop.deviceId()), devices, "both grants, nothing re-paired");

            var rackAgain = RelayClient.connect(relay.base(), "agent").send("{\"type\":\"authenticate\",\"deviceId\":\""
                    + rack.deviceId() + "\",\"secret\":\"" + rack.secret() + "\"}");
            rackAgain.next("authenticated");
            sampleUntil(person, rackAgain, 5, "resolved", rack.deviceId());
            assertFalse(authenticated.getJsonArray("devices").getJsonObject(0).getString("name").isBlank());

            var newcomer = newViewer(relay.base()).send(pair(unusedCode));
            assertEquals(laptop.deviceId(), newcomer.next("paired").getJsonObject("device").getString("id"),
                    "a code issued before the restart still pairs, once");

            // the wait that ran before the restart was lost with it; the relay starts it again
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (json(person.client().get("/api/alerts?state=firing")).getJsonArray("alerts").isEmpty()) {
                assertTrue(System.nanoTime() < deadline, "no offline alert for the computer that stayed away");
                Thread.sleep(200);
            }
            JsonObject alert = json(person.client().get("/api/alerts?state=firing")).getJsonArray("alerts")
                    .getJsonObject(0);
            assertEquals(closet.deviceId(), alert.getString("deviceId"));
            assertEquals("closet gone", alert.getString("ruleName"));
            assertTrue(alert.getJsonNumber("firedAt").longValue() > restartedAt, "fired by the relay started again");
        }
    }

    /** Sends the CPU value until the device has an alert in the state: the relay started again takes up where it was. */
    private static void sampleUntil(People.Person person, RelayClient agent, double cpu, String state, String deviceId)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (json(person.client().get("/api/alerts?state=" + state + "&deviceId=" + deviceId))
                .getJsonArray("alerts").isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "no " + state + " alert of the rack");
            agent.send(telemetry(cpu));
            Thread.sleep(250);
        }
    }
}
