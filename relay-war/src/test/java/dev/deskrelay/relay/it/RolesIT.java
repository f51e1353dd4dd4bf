package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.RelayClient.closeAll;
import static dev.deskrelay.relay.it.ApiClient.json;
import static dev.deskrelay.relay.it.Parties.authenticate;
import static dev.deskrelay.relay.it.Parties.beep;
import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.pair;
import static dev.deskrelay.relay.it.Parties.signedIn;
import static dev.deskrelay.relay.it.Parties.telemetry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Roles enforced on the relay's sockets, not only in the page: a device shared as viewer, then as
 * operator, then taken back, and a share link, each reaching the other party's open socket at
 * once; and the audit log the owner reads about all of it, naming who did what.
 */
class RolesIT extends BuiltRelayIT {

    @Test
    void aViewerWatchesAnOperatorActsAndTakingTheShareBackEndsBoth() throws InterruptedException {
        var agent = enrollAgent(base, "front desk");
        var owner = People.newPerson(base);
        var ownerSocket = signedIn(base, owner.token());
        assertEquals("owner", ownerSocket.send(pair(agent.pairingCode())).next("paired")
                .getJsonObject("device").getString("role"));
        var helper = People.newPerson(base);
        var helperSocket = signedIn(base, helper.token());
        String share = "/api/devices/" + agent.deviceId() + "/shares/" + helper.username();

        assertEquals(204, owner.client().put(share, role("viewer")).statusCode());
        JsonObject shared = helperSocket.nextOf("shared").getJsonObject("device");
        assertEquals(agent.deviceId(), shared.getString("id"));
        assertEquals("viewer", shared.getString("role"));
        agent.socket().send(telemetry(12));
        awaitCpu(helperSocket, 12);

        agent.socket().drain();
        helperSocket.send(beep("as-viewer", agent.deviceId()));
        JsonObject refused = helperSocket.nextOf("action_result");
        assertEquals("as-viewer", refused.getString("id"));
        assertEquals("not_allowed", refused.getString("code"));
        assertNull(agent.socket().poll(Duration.ofMillis(500)), "nothing reaches the agent");

        assertEquals(204, owner.client().put(share, role("operator")).statusCode());
        assertEquals("operator", helperSocket.nextOf("shared").getJsonObject("device").getString("role"));
        helperSocket.send(beep("as-operator", agent.deviceId()));
        JsonObject action = agent.socket().nextOf("action");
        assertEquals("beep", action.getString("action"));
        agent.socket().send("{\"type\":\"action_result\",\"id\":\"" + action.getString("id") + "\",\"ok\":true}");
        JsonObject done = helperSocket.nextOf("action_result");
        assertEquals("as-operator", done.getString("id"));
        assertTrue(done.getBoolean("ok"), done.toString());

        assertEquals(204, owner.client().delete(share).statusCode());
        assertEquals(agent.deviceId(), helperSocket.nextOf("unpaired").getString("deviceId"));
        helperSocket.drain();
        agent.socket().send(telemetry(13));
        awaitCpu(ownerSocket, 13);
        assertNull(helperSocket.poll(Duration.ofMillis(500)), "nothing about the device reaches the helper any more");

        JsonObject sharing = awaitAudit(owner, agent.deviceId(), "share", "ok");
        assertEquals(owner.username(), sharing.getString("actor"));
        assertTrue(sharing.getString("detail").contains(helper.username()), sharing.toString());
        assertEquals(helper.username(), awaitAudit(owner, agent.deviceId(), "action", "not_allowed").getString("actor"));
        JsonObject beeped = awaitAudit(owner, agent.deviceId(), "action", "ok");
        assertEquals(helper.username(), beeped.getString("actor"));
        assertTrue(beeped.getString("detail").contains("beep"), beeped.toString());
        assertEquals(owner.username(), awaitAudit(owner, agent.deviceId(), "unshare", "ok").getString("actor"));
        closeAll(ownerSocket, helperSocket, agent.socket());
    }

    @Test
    void aShareLinkOnlyWatchesItsDeviceUntilItIsRevoked() throws InterruptedException {
        var agent = enrollAgent(base, "lobby screen");
        var owner = People.newPerson(base);
        var ownerSocket = signedIn(base, owner.token());
        ownerSocket.send(pair(agent.pairingCode())).next("paired");
        String links = "/api/devices/" + agent.deviceId() + "/links";
        var made = owner.client().post(links, Json.createObjectBuilder().add("hours", 1).build());
        assertEquals(201, made.statusCode(), made.body());
        JsonObject link = json(made);
        String token = link.getString("id") + "." + link.getString("secret");

        var watcher = RelayClient.connect(base, "viewer").send(authenticate(token));
        var devices = watcher.next("authenticated").getJsonArray("devices");
        assertEquals(1, devices.size());
        assertEquals(agent.deviceId(), devices.getJsonObject(0).getString("id"));
        assertEquals("viewer", devices.getJsonObject(0).getString("role"));
        agent.socket().send(telemetry(21));
        awaitCpu(watcher, 21);

        String code = agent.socket().send("{\"type\":\"request_pairing_code\"}").nextOf("pairing_code").getString("code");
        assertEquals("not_allowed", watcher.send(pair(code)).nextOf("error").getString("code"));
        agent.socket().drain();
        watcher.send(beep("by-link", agent.deviceId()));
        assertEquals("not_allowed", watcher.nextOf("action_result").getString("code"));
        assertNull(agent.socket().poll(Duration.ofMillis(500)), "nothing reaches the agent");

        assertEquals(204, owner.client().delete(links + "/" + link.getString("id")).statusCode());
        assertEquals(4003, watcher.awaitClose(RelayClient.WAIT).getCloseCode().getCode());
        var again = RelayClient.connect(base, "viewer").send(authenticate(token));
        again.error("bad_token");
        assertEquals(4001, again.awaitClose(RelayClient.WAIT).getCloseCode().getCode());

        assertEquals(owner.username(), awaitAudit(owner, agent.deviceId(), "link_created", "ok").getString("actor"));
        assertEquals("link " + link.getString("id"),
                awaitAudit(owner, agent.deviceId(), "link_used", "ok").getString("actor"));
        assertEquals("link " + link.getString("id"),
                awaitAudit(owner, agent.deviceId(), "action", "not_allowed").getString("actor"));
        assertEquals(owner.username(), awaitAudit(owner, agent.deviceId(), "link_revoked", "ok").getString("actor"));
        closeAll(ownerSocket, agent.socket());
    }

    @Test
    void whenTheLastOwnerLeavesEveryoneItWasSharedWithLosesItToo() {
        var agent = enrollAgent(base, "shared printer");
        var owner = People.newPerson(base);
        var ownerSocket = signedIn(base, owner.token());
        ownerSocket.send(pair(agent.pairingCode())).next("paired");
        var helper = People.newPerson(base);
        var helperSocket = signedIn(base, helper.token());
        String shares = "/api/devices/" + agent.deviceId() + "/shares";
        assertEquals(204, owner.client().put(shares + "/" + helper.username(), role("operator")).statusCode());
        helperSocket.nextOf("shared");

        ownerSocket.send("{\"type\":\"unpair\",\"deviceId\":\"" + agent.deviceId() + "\"}");

        assertEquals(agent.deviceId(), ownerSocket.nextOf("unpaired").getString("deviceId"));
        assertEquals(agent.deviceId(), helperSocket.nextOf("unpaired").getString("deviceId"),
                "nobody is left to manage the share");
        helperSocket.send(beep("after", agent.deviceId()));
        assertEquals("not_granted", helperSocket.nextOf("action_result").getString("code"));
        var another = People.newPerson(base);
        String code = agent.socket().send("{\"type\":\"request_pairing_code\"}").nextOf("pairing_code").getString("code");
        assertEquals("owner", signedIn(base, another.token()).send(pair(code)).next("paired")
                .getJsonObject("device").getString("role"), "a new code makes a new owner");
        closeAll(ownerSocket, helperSocket, agent.socket());
    }

    private static JsonObject role(String role) {
        return Json.createObjectBuilder().add("role", role).build();
    }

    /** Skips the samples before it, such as the ones a catch-up repeats. */
    private static void awaitCpu(RelayClient viewer, double cpu) {
        while (viewer.nextOf("telemetry").getJsonObject("sample").getJsonNumber("cpu").doubleValue() != cpu) {
            // an earlier sample
        }
    }

    /** The log writes in the background: waits for the device's event of that kind and outcome. */
    private static JsonObject awaitAudit(People.Person reader, String deviceId, String kind, String outcome)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            var answer = reader.client().get("/api/audit?device=" + deviceId + "&kind=" + kind);
            assertEquals(200, answer.statusCode(), answer.body());
            Optional<JsonObject> found = json(answer).getJsonArray("events").stream().map(JsonValue::asJsonObject)
                    .filter(event -> outcome.equals(event.getString("outcome", null))).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            assertTrue(System.nanoTime() < deadline, "no " + kind + " " + outcome + " in " + answer.body());
            Thread.sleep(100);
        }
    }
}
