package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.RelayClient.closeAll;
import static dev.deskrelay.relay.it.Parties.authenticate;
import static dev.deskrelay.relay.it.Parties.beep;
import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.newViewer;
import static dev.deskrelay.relay.it.Parties.pair;
import static dev.deskrelay.relay.it.Parties.pairViewer;
import static dev.deskrelay.relay.it.Parties.signedIn;
import static dev.deskrelay.relay.it.Parties.telemetry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

class ViewerEndpointIT extends BuiltRelayIT {

    @Test
    void anApiTokenAuthenticatesLaterSocketsAndAFreshSocketCannotPair() {
        var agent = enrollAgent(base, "studio");
        var stranger = RelayClient.connect(base, "viewer").send(pair(agent.pairingCode()));
        assertTrue(stranger.error("not_authenticated").getString("message").contains("sign in"));
        stranger.close();

        var viewer = pairViewer(base, agent.pairingCode());
        assertTrue(viewer.token().matches("t-[a-z2-9]{16}\\.[A-Za-z0-9_-]{43}"), "token format");
        assertEquals(agent.deviceId(), viewer.device().getString("id"));
        assertEquals("studio", viewer.device().getString("name"));
        assertEquals("owner", viewer.device().getString("role"));
        assertTrue(viewer.device().getBoolean("online"));
        viewer.socket().close();

        var later = RelayClient.connect(base, "viewer").send(authenticate(viewer.token()));
        JsonObject devices = later.next("authenticated");
        assertEquals(1, devices.getJsonArray("devices").size());
        assertEquals(agent.deviceId(), devices.getJsonArray("devices").getJsonObject(0).getString("id"));
        later.close();
        agent.socket().close();
    }

    @Test
    void telemetryReachesEveryViewerOfTheDeviceAndNoOther() {
        var watched = enrollAgent(base, "watched");
        var other = enrollAgent(base, "other");
        var first = pairViewer(base, watched.pairingCode()).socket();
        var second = pairViewer(base, freshCode(watched)).socket();
        var elsewhere = pairViewer(base, other.pairingCode()).socket();

        watched.socket().send(telemetry(42.5));
        for (RelayClient viewer : new RelayClient[] {first, second}) {
            JsonObject sample = viewer.next("telemetry");
            assertEquals(watched.deviceId(), sample.getString("deviceId"));
            assertEquals(42.5, sample.getJsonObject("sample").getJsonNumber("cpu").doubleValue());
            assertTrue(sample.getJsonNumber("at").longValue() > 0);
        }
        assertNull(elsewhere.poll(Duration.ofSeconds(1)), "a viewer of another device hears nothing");
        closeAll(first, second, elsewhere, watched.socket(), other.socket());
    }

    @Test
    void beepReachesTheAgentAndItsResultComesBack() {
        var agent = enrollAgent(base, "beeper");
        var viewer = pairViewer(base, agent.pairingCode()).socket();

        viewer.send(beep("b1", agent.deviceId()));
        JsonObject action = agent.socket().next("action");
        assertEquals("beep", action.getString("action"));
        agent.socket().send("{\"type\":\"action_result\",\"id\":\"" + action.getString("id")
                + "\",\"ok\":true,\"data\":{\"method\":\"bell\"}}");

        JsonObject result = viewer.next("action_result");
        assertEquals("b1", result.getString("id"));
        assertEquals(agent.deviceId(), result.getString("deviceId"));
        assertTrue(result.getBoolean("ok"));
        assertEquals("bell", result.getJsonObject("data").getString("method"));
        closeAll(viewer, agent.socket());
    }

    @Test
    void anAgentsErrorResultReachesTheViewer() {
        var agent = enrollAgent(base, "picky");
        var viewer = pairViewer(base, agent.pairingCode()).socket();
        viewer.send("{\"type\":\"action\",\"id\":\"x1\",\"deviceId\":\"" + agent.deviceId() + "\",\"action\":\"dance\"}");
        String relayId = agent.socket().next("action").getString("id");
        agent.socket().send("{\"type\":\"action_result\",\"id\":\"" + relayId
                + "\",\"ok\":false,\"code\":\"unknown_action\",\"message\":\"no such action\"}");
        JsonObject result = viewer.next("action_result");
        assertFalse(result.getBoolean("ok"));
        assertEquals("unknown_action", result.getString("code"));
        closeAll(viewer, agent.socket());
    }

    @Test
    void viewersAreToldWhenTheDeviceLeavesAndComesBack() {
        var agent = enrollAgent(base, "roamer");
        var viewer = pairViewer(base, agent.pairingCode()).socket();
        agent.socket().close();

        JsonObject offline = viewer.next("presence");
        assertEquals(agent.deviceId(), offline.getString("deviceId"));
        assertFalse(offline.getBoolean("online"));
        assertTrue(offline.getJsonNumber("lastSeen").longValue() > 0);

        viewer.send(beep("b2", agent.deviceId()));
        JsonObject result = viewer.next("action_result");
        assertEquals("b2", result.getString("id"));
        assertEquals("device_offline", result.getString("code"));

        var back = RelayClient.connect(base, "agent").send("{\"type\":\"authenticate\",\"deviceId\":\""
                + agent.deviceId() + "\",\"secret\":\"" + agent.secret() + "\"}");
        back.next("authenticated");
        assertTrue(viewer.next("presence").getBoolean("online"));
        closeAll(viewer, back);
    }

    @Test
    void aPendingActionIsAnsweredWhenTheAgentLeaves() {
        var agent = enrollAgent(base, "quitter");
        var viewer = pairViewer(base, agent.pairingCode()).socket();
        viewer.send(beep("b3", agent.deviceId()));
        agent.socket().next("action");
        agent.socket().close();
        JsonObject result = viewer.nextOf("action_result");
        assertEquals("b3", result.getString("id"));
        assertEquals("device_offline", result.getString("code"));
        viewer.close();
    }

    @Test
    void aViewerReachesOnlyTheDevicesItWasGranted() {
        var mine = enrollAgent(base, "mine");
        var theirs = enrollAgent(base, "theirs");
        var viewer = pairViewer(base, mine.pairingCode()).socket();

        viewer.send(beep("b4", theirs.deviceId()));
        JsonObject result = viewer.next("action_result");
        assertEquals("not_granted", result.getString("code"));
        assertNull(theirs.socket().poll(Duration.ofMillis(500)), "nothing reaches the other device");
        closeAll(viewer, mine.socket(), theirs.socket());
    }

    @Test
    void oneBrowserHoldsSeveralDevices() {
        var laptop = enrollAgent(base, "laptop");
        var desktop = enrollAgent(base, "desktop");
        var viewer = pairViewer(base, laptop.pairingCode());
        JsonObject second = viewer.socket().send(pair(desktop.pairingCode())).next("paired");
        assertFalse(second.containsKey("token"), "the browser keeps the token it has");
        desktop.socket().send(telemetry(9));
        // the device's history may still be on its way after "paired", with this sample in it
        assertEquals(desktop.deviceId(), viewer.socket().nextOf("telemetry").getString("deviceId"));
        viewer.socket().close();

        var later = RelayClient.connect(base, "viewer").send(authenticate(viewer.token()));
        Set<String> ids = later.next("authenticated").getJsonArray("devices").stream()
                .map(device -> device.asJsonObject().getString("id")).collect(Collectors.toSet());
        assertEquals(Set.of(laptop.deviceId(), desktop.deviceId()), ids);
        closeAll(later, laptop.socket(), desktop.socket());
    }

    @Test
    void aPairingCodeWorksOnceAndAWrongOneIsRefused() {
        var agent = enrollAgent(base, "once");
        pairViewer(base, agent.pairingCode()).socket().close();

        var late = newViewer(base).send(pair(agent.pairingCode()));
        JsonObject used = late.error("bad_code");
        assertTrue(used.getString("message").contains("already used"), used.toString());
        late.send(pair("ZZZZ-ZZZZ")).error("bad_code");
        late.send(pair("not a code")).error("bad_code");
        late.send("{\"type\":\"ping\"}").next("pong");
        assertTrue(late.isOpen(), "a mistyped code leaves the socket open for another try");
        closeAll(late, agent.socket());
    }

    @Test
    void anUnknownTokenIsRefusedAndTheSocketClosed() {
        var agent = enrollAgent(base, "guarded");
        var viewer = pairViewer(base, agent.pairingCode());
        String forged = viewer.token().substring(0, viewer.token().indexOf('.') + 1) + "A".repeat(43);
        for (String token : new String[] {forged, "v-nosuchviewer0000.abc", "no-dot-at-all"}) {
            var stranger = RelayClient.connect(base, "viewer").send(authenticate(token));
            stranger.error("bad_token");
            assertEquals(4001, stranger.awaitClose(RelayClient.WAIT).getCloseCode().getCode());
        }
        closeAll(viewer.socket(), agent.socket());
    }

    @Test
    void actionsNeedAuthenticationFirst() {
        var viewer = RelayClient.connect(base, "viewer").send(beep("b5", "d-anything"));
        viewer.error("not_authenticated");
        viewer.send(telemetry(1)).error("unknown_type");
        viewer.send("{\"type\":\"action\",\"id\":\"b6\"}").error("bad_message");
        viewer.close();
    }

    @Test
    void aViewerWithoutAGrantIsClosedAfterTheAuthDeadline() {
        var viewer = RelayClient.connect(base, "viewer").send("{\"type\":\"ping\"}");
        viewer.next("pong");
        assertEquals(4008, viewer.awaitClose(Duration.ofSeconds(20)).getCloseCode().getCode());
    }

    @Test
    void theRelayNeverSendsSecretsToViewers() {
        var agent = enrollAgent(base, "private");
        var viewer = pairViewer(base, agent.pairingCode());
        String summary = viewer.device().toString();
        assertFalse(summary.contains(agent.secret()));
        assertTrue(viewer.device().values().stream().noneMatch(
                value -> value instanceof JsonString text && text.getString().equals(agent.pairingCode())));
        closeAll(viewer.socket(), agent.socket());
    }

    @Test
    void unpairingReachesEveryTabOfTheBrowserAtOnce() {
        var agent = enrollAgent(base, "shared screen");
        var firstTab = pairViewer(base, agent.pairingCode());
        var secondTab = RelayClient.connect(base, "viewer").send(authenticate(firstTab.token()));
        secondTab.next("authenticated");

        firstTab.socket().send("{\"type\":\"unpair\",\"deviceId\":\"" + agent.deviceId() + "\"}");
        assertEquals(agent.deviceId(), firstTab.socket().nextOf("unpaired").getString("deviceId"));
        assertEquals(agent.deviceId(), secondTab.nextOf("unpaired").getString("deviceId"));

        secondTab.send(beep("after", agent.deviceId()));
        assertEquals("not_granted", secondTab.nextOf("action_result").getString("code"), "every message is authorized");
        secondTab.drain();
        agent.socket().send(telemetry(7));
        assertNull(secondTab.poll(Duration.ofMillis(500)), "nothing about the device reaches the browser any more");

        var later = RelayClient.connect(base, "viewer").send(authenticate(firstTab.token()));
        assertEquals(0, later.next("authenticated").getJsonArray("devices").size(), "the grant is gone for good");
        List.of(firstTab.socket(), secondTab, later, agent.socket()).forEach(RelayClient::close);
    }

    @Test
    void revokingAnApiTokenClosesAllItsSocketsAndItStopsWorking() {
        var agent = enrollAgent(base, "kiosk");
        var person = People.newPerson(base);
        var firstTab = signedIn(base, person.token());
        firstTab.send(pair(agent.pairingCode())).next("paired");
        var secondTab = signedIn(base, person.token());

        // the device's catch-up may still be on its way
        assertEquals("not_allowed", firstTab.send("{\"type\":\"revoke\"}").nextOf("error").getString("code"),
                "revoke ends browser tokens from before accounts, not an account's sockets");
        assertEquals(204, person.client().delete("/api/tokens/" + person.tokenId()).statusCode());
        assertEquals(4003, firstTab.awaitClose(RelayClient.WAIT).getCloseCode().getCode());
        assertEquals(4003, secondTab.awaitClose(RelayClient.WAIT).getCloseCode().getCode());

        var again = RelayClient.connect(base, "viewer").send(authenticate(person.token()));
        again.error("bad_token");
        assertEquals(4001, again.awaitClose(RelayClient.WAIT).getCloseCode().getCode());
        agent.socket().close();
    }

    @Test
    void removingADeviceClosesItsAgentTellsItsViewersAndVoidsItsSecret() {
        var agent = enrollAgent(base, "sold laptop");
        var viewer = pairViewer(base, agent.pairingCode());
        var control = RelayClient.connect(base, "agent").send(agentCredential(agent, true));
        control.next("authenticated");

        control.send("{\"type\":\"remove_device\"}");
        assertEquals(4004, control.awaitClose(RelayClient.WAIT).getCloseCode().getCode());
        assertEquals(4004, agent.socket().awaitClose(RelayClient.WAIT).getCloseCode().getCode());
        assertEquals(agent.deviceId(), viewer.socket().nextOf("device_removed").getString("deviceId"));

        var comeback = RelayClient.connect(base, "agent").send(agentCredential(agent, false));
        comeback.error("bad_credentials");
        assertEquals(4001, comeback.awaitClose(RelayClient.WAIT).getCloseCode().getCode());
        var later = RelayClient.connect(base, "viewer").send(authenticate(viewer.token()));
        assertEquals(0, later.next("authenticated").getJsonArray("devices").size());
        viewer.socket().close();
        later.close();
    }

    private static String agentCredential(Parties.EnrolledAgent agent, boolean control) {
        return "{\"type\":\"authenticate\",\"deviceId\":\"" + agent.deviceId() + "\",\"secret\":\""
                + agent.secret() + "\",\"control\":" + control + "}";
    }

    private static String freshCode(Parties.EnrolledAgent agent) {
        return agent.socket().send("{\"type\":\"request_pairing_code\"}").next("pairing_code").getString("code");
    }
}
