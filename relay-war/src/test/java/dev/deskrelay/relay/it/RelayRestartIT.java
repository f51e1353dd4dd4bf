package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.Parties.newViewer;
import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.pair;
import static dev.deskrelay.relay.it.Parties.pairViewer;
import static dev.deskrelay.relay.it.Parties.telemetry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.json.JsonObject;

/** Payara Micro stopped and started again on the same data directory, as an upgrade or a reboot does. */
class RelayRestartIT {

    @Test
    void everyDeviceCredentialAndGrantSurvivesARestart(@TempDir Path data) {
        try (var relay = RelayProcess.start(data)) {
            var laptop = enrollAgent(relay.base(), "laptop");
            var desktop = enrollAgent(relay.base(), "desktop");
            var viewer = pairViewer(relay.base(), laptop.pairingCode());
            viewer.socket().send(pair(desktop.pairingCode())).next("paired");
            String unusedCode = laptop.socket().send("{\"type\":\"request_pairing_code\"}")
                    .next("pairing_code").getString("code");

            relay.stop();
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
            assertFalse(authenticated.getJsonArray("devices").getJsonObject(0).getString("name").isBlank());

            var newcomer = newViewer(relay.base()).send(pair(unusedCode));
            assertEquals(laptop.deviceId(), newcomer.next("paired").getJsonObject("device").getString("id"),
                    "a code issued before the restart still pairs, once");
        }
    }
}
