package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.Parties.newViewer;
import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.pair;
import static dev.deskrelay.relay.it.Parties.pairViewer;
import static dev.deskrelay.relay.it.Parties.telemetry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

class AgentEndpointIT extends BuiltRelayIT {

    @Test
    void enrollingGivesACredentialAndAPairingCode() {
        long before = System.currentTimeMillis();
        var agent = RelayClient.connect(base, "agent").send("{\"type\":\"enroll\",\"name\":\"laptop\"}");
        JsonObject enrolled = agent.next("enrolled");
        assertTrue(enrolled.getString("deviceId").matches("d-[a-z2-9]{16}"), enrolled.toString());
        assertEquals("laptop", enrolled.getString("name"));
        assertEquals(43, enrolled.getString("secret").length(), "256 bits, base64url");
        JsonObject code = agent.next("pairing_code");
        assertTrue(code.getString("code").matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}"), code.toString());
        long expiresIn = code.getJsonNumber("expiresAt").longValue() - before;
        assertTrue(expiresIn > Duration.ofMinutes(9).toMillis() && expiresIn <= Duration.ofMinutes(11).toMillis());
        agent.close();
    }

    @Test
    void anEnrolledDeviceAuthenticatesWithItsSecret() {
        var enrolled = enrollAgent(base, "desk");
        enrolled.socket().close();
        var again = RelayClient.connect(base, "agent").send(authenticate(enrolled.deviceId(), enrolled.secret()));
        JsonObject authenticated = again.next("authenticated");
        assertEquals(enrolled.deviceId(), authenticated.getString("deviceId"));
        assertEquals("desk", authenticated.getString("name"));
        again.close();
    }

    @Test
    void aWrongSecretIsRefusedAndTheSocketClosed() {
        var enrolled = enrollAgent(base, "desk");
        var impostor = RelayClient.connect(base, "agent").send(authenticate(enrolled.deviceId(), "guess"));
        impostor.error("bad_credentials");
        assertEquals(4001, impostor.awaitClose(RelayClient.WAIT).getCloseCode().getCode());

        var stranger = RelayClient.connect(base, "agent").send(authenticate("d-nosuchdevice", enrolled.secret()));
        stranger.error("bad_credentials");
        assertEquals(4001, stranger.awaitClose(RelayClient.WAIT).getCloseCode().getCode());
        assertTrue(enrolled.socket().isOpen(), "the real agent is not disturbed");
        enrolled.socket().close();
    }

    @Test
    void nothingIsAcceptedBeforeAuthentication() {
        var agent = RelayClient.connect(base, "agent").send(telemetry(5));
        agent.error("not_authenticated");
        agent.send("{\"type\":\"action_result\",\"id\":\"r-1\",\"ok\":true}").error("not_authenticated");
        agent.send("{\"type\":\"enroll\",\"name\":\"late\"}").next("enrolled");
        agent.close();
    }

    @Test
    void aSocketThatNeverAuthenticatesIsClosedAfterTenSeconds() {
        var idle = RelayClient.connect(base, "agent");
        long opened = System.nanoTime();
        assertEquals(4008, idle.awaitClose(Duration.ofSeconds(20)).getCloseCode().getCode());
        long waited = Duration.ofNanos(System.nanoTime() - opened).toMillis();
        assertTrue(waited >= 9_000, "closed after " + waited + " ms");
    }

    @Test
    void aFreshPairingCodeReplacesTheOldOne() {
        var agent = enrollAgent(base, "desk");
        String fresh = agent.socket().send("{\"type\":\"request_pairing_code\"}").next("pairing_code").getString("code");

        var viewer = newViewer(base).send(pair(agent.pairingCode()));
        viewer.error("bad_code");
        viewer.send(pair(fresh)).next("paired");
        viewer.close();
        agent.socket().close();
    }

    @Test
    void aSecondConnectionWithTheSameCredentialReplacesTheFirst() {
        var first = enrollAgent(base, "twin");
        var viewer = pairViewer(base, first.pairingCode()).socket();
        var second = RelayClient.connect(base, "agent").send(authenticate(first.deviceId(), first.secret()));
        second.next("authenticated");
        assertEquals(4009, first.socket().awaitClose(RelayClient.WAIT).getCloseCode().getCode());

        JsonObject presence = viewer.next("presence");
        assertTrue(presence.getBoolean("online"), "the device stays online: " + presence);
        second.send(telemetry(7));
        assertEquals(7.0, viewer.nextOf("telemetry").getJsonObject("sample").getJsonNumber("cpu").doubleValue());
        viewer.close();
        second.close();
    }

    @Test
    void badInputGetsATypedErrorAndTheSocketKeepsWorking() {
        var agent = enrollAgent(base, "noisy");
        var viewer = pairViewer(base, agent.pairingCode()).socket();
        RelayClient socket = agent.socket();
        socket.send("{not json").error("bad_json");
        socket.send("[1,2,3]").error("bad_json");
        socket.send("{\"type\":\"reboot\"}").error("unknown_type");
        socket.send("{\"cpu\":1}").error("unknown_type");
        socket.send("{\"type\":\"telemetry\",\"sample\":{\"cpu\":\"high\"}}").error("bad_message");
        JsonObject outOfRange = socket.send("{\"type\":\"telemetry\",\"sample\":{\"cpu\":250}}").error("bad_message");
        assertTrue(outOfRange.getString("message").contains("cpu"), outOfRange.toString());
        socket.send("{\"type\":\"enroll\",\"name\":\"again\"}").error("already_authenticated");

        socket.send(telemetry(33.5));
        assertEquals(33.5, viewer.nextOf("telemetry").getJsonObject("sample").getJsonNumber("cpu").doubleValue());
        assertNull(socket.poll(Duration.ofMillis(300)), "telemetry is not answered");
        viewer.close();
        socket.close();
    }

    @Test
    void anOversizedFrameClosesTheSocketWith1009() {
        var agent = enrollAgent(base, "big");
        agent.socket().send("{\"type\":\"enroll\",\"name\":\"" + "x".repeat(70_000) + "\"}");
        assertEquals(1009, agent.socket().awaitClose(RelayClient.WAIT).getCloseCode().getCode());
    }

    private static String authenticate(String deviceId, String secret) {
        return "{\"type\":\"authenticate\",\"deviceId\":\"" + deviceId + "\",\"secret\":\"" + secret + "\"}";
    }
}
