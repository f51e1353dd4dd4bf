package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.Parties.beep;
import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.pairViewer;
import static dev.deskrelay.relay.it.Parties.telemetry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A corpus of bad input driven at a running relay. Each item gets a typed answer or a documented
 * close code, no answer carries a stack trace, and a well-behaved pair keeps working throughout.
 * The corpus arrives far faster than any person clicks, so this relay's rate and guessing limits
 * are raised; {@link LimitsIT} tests the limits themselves.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    @Deployment(testable = false)
    static WebArchive relay() {
        return RelayWar.withSettings("""
                deskrelay.viewer-messages-per-second=10000
                deskrelay.viewer-message-burst=10000
                deskrelay.agent-messages-per-second=10000
                deskrelay.agent-message-burst=10000
                deskrelay.pairing-failures-per-address=10000
                """);
    }

    @ArquillianResource
    URL base;

    private record Case(String input, String expectedCode) {
    }

    private static final String X65 = "x".repeat(65);

    private static final List<Case> VIEWER_CASES = List.of(
            new Case("{", "bad_json"),
            new Case("[]", "bad_json"),
            new Case("\"text\"", "bad_json"),
            new Case("42", "bad_json"),
            new Case("null", "bad_json"),
            new Case("", "bad_json"),
            new Case("{\"type\":\"ping\"} trailing", "bad_json"),
            new Case("{'type':'ping'}", "bad_json"),
            new Case("{\"type\":\"ping\",}", "bad_json"),
            new Case("[".repeat(5000) + "]".repeat(5000), "bad_json"),
            new Case("{}", "unknown_type"),
            new Case("{\"type\":null}", "unknown_type"),
            new Case("{\"type\":1}", "unknown_type"),
            new Case("{\"type\":[\"ping\"]}", "unknown_type"),
            new Case("{\"type\":{\"$ne\":null}}", "unknown_type"),
            new Case("{\"type\":\"PING\"}", "unknown_type"),
            new Case("{\"type\":\"telemetry\",\"sample\":{\"cpu\":1}}", "unknown_type"),
            new Case("{\"type\":\"enroll\",\"name\":\"x\"}", "unknown_type"),
            new Case("{\"type\":\"action_result\",\"id\":\"1\",\"ok\":true}", "unknown_type"),
            new Case("{\"type\":\"action\"}", "bad_message"),
            new Case("{\"type\":\"action\",\"id\":\"a\",\"action\":\"beep\"}", "bad_message"),
            new Case("{\"type\":\"action\",\"id\":\"\",\"deviceId\":\"d\",\"action\":\"beep\"}", "bad_message"),
            new Case("{\"type\":\"action\",\"id\":\"" + X65 + "\",\"deviceId\":\"d\",\"action\":\"beep\"}", "bad_message"),
            new Case("{\"type\":\"action\",\"id\":\"a\",\"deviceId\":\"d\",\"action\":\"" + X65 + "\"}", "bad_message"),
            new Case("{\"type\":\"action\",\"id\":{},\"deviceId\":\"d\",\"action\":\"beep\"}", "bad_message"),
            new Case("{\"type\":\"action\",\"id\":7,\"deviceId\":\"d\",\"action\":\"beep\"}", "bad_message"),
            new Case("{\"type\":\"action\",\"id\":\"a\",\"deviceId\":7,\"action\":\"beep\"}", "bad_message"),
            new Case("{\"type\":\"action\",\"id\":\"a\",\"deviceId\":[],\"action\":\"beep\"}", "bad_message"),
            new Case("{\"type\":\"action\",\"id\":\"a\",\"deviceId\":\"d\",\"action\":\"beep\",\"args\":\"x\"}", "bad_message"),
            new Case("{\"type\":\"action\",\"id\":\"a\",\"deviceId\":\"d\",\"action\":\"beep\",\"args\":[1]}", "bad_message"),
            new Case("{\"type\":\"pair\"}", "bad_message"),
            new Case("{\"type\":\"pair\",\"code\":{\"a\":1}}", "bad_message"),
            new Case("{\"type\":\"pair\",\"code\":\"" + X65 + "\"}", "bad_message"),
            new Case("{\"type\":\"pair\",\"code\":\"ABCD-EFGH\"}", "bad_code"),
            new Case("{\"type\":\"pair\",\"code\":\"\\u0000\\u0001\"}", "bad_code"),
            new Case("{\"type\":\"authenticate\",\"token\":\"v-x.y\"}", "already_authenticated"),
            // without a token it asks for the session's account, a message like any other
            new Case("{\"type\":\"authenticate\"}", "already_authenticated"),
            new Case("{\"type\":\"authenticate\",\"token\":5}", "bad_message"),
            new Case("{\"type\":\"action\",\"id\":\"a\",\"deviceId\":\"d-notmine\",\"action\":\"beep\"}", "not_granted"),
            new Case("{\"type\":\"action\",\"id\":\"\\ud800\",\"deviceId\":\"d-notmine\",\"action\":\"beep\"}", "bad_message"),
            new Case("{\"type\":\"unpair\"}", "bad_message"),
            new Case("{\"type\":\"unpair\",\"deviceId\":[]}", "bad_message"),
            new Case("{\"type\":\"unpair\",\"deviceId\":\"d-notmine\"}", "not_granted"));

    private static final List<Case> AGENT_CASES = List.of(
            new Case("{\"type\":\"telemetry\"}", "bad_message"),
            new Case("{\"type\":\"telemetry\",\"sample\":null}", "bad_message"),
            new Case("{\"type\":\"telemetry\",\"sample\":{\"cpu\":\"high\"}}", "bad_message"),
            new Case("{\"type\":\"telemetry\",\"sample\":{\"cpu\":\"12\"}}", "bad_message"),
            new Case("{\"type\":\"telemetry\",\"sample\":{\"cpu\":101}}", "bad_message"),
            new Case("{\"type\":\"telemetry\",\"sample\":{\"cpu\":-0.1}}", "bad_message"),
            new Case("{\"type\":\"telemetry\",\"sample\":{\"cpu\":1e999}}", "bad_message"),
            new Case("{\"type\":\"telemetry\",\"sample\":{\"cpu\":1,\"cores\":[1,200]}}", "bad_message"),
            new Case("{\"type\":\"telemetry\",\"sample\":{\"cpu\":1,\"cores\":[" + "1,".repeat(299) + "1]}}",
                    "bad_message"),
            new Case("{\"type\":\"telemetry\",\"sample\":{\"cpu\":1,\"load\":[1,2]}}", "bad_message"),
            new Case("{\"type\":\"telemetry\",\"sample\":{\"cpu\":1,\"memory\":{\"used\":-1,\"total\":2}}}", "bad_message"),
            new Case("{\"type\":\"telemetry\",\"sample\":{\"cpu\":1,\"memory\":\"lots\"}}", "bad_message"),
            new Case("{\"type\":\"telemetry\",\"sample\":{\"cpu\":1,\"network\":[{\"name\":\"\",\"rx\":1,\"tx\":1}]}}", "bad_message"),
            new Case("{\"type\":\"telemetry\",\"sample\":{\"cpu\":1,\"uptime\":\"long\"}}", "bad_message"),
            new Case("{\"type\":\"filesystems\"}", "bad_message"),
            new Case("{\"type\":\"filesystems\",\"filesystems\":[{\"mount\":\"\",\"space\":{\"used\":1,\"total\":2}}]}", "bad_message"),
            new Case("{\"type\":\"filesystems\",\"filesystems\":[{\"mount\":\"/\"}]}", "bad_message"),
            new Case("{\"type\":\"system_info\"}", "bad_message"),
            new Case("{\"type\":\"system_info\",\"system\":{\"logicalCores\":\"two\"}}", "bad_message"),
            new Case("{\"type\":\"system_info\",\"system\":{\"hostname\":\"pc\\u0000\"}}", "bad_message"),
            new Case("{\"type\":\"system_info\",\"system\":{\"hostname\":\"\\u001b]0;owned\\u0007\"}}", "bad_message"),
            new Case("{\"type\":\"system_info\",\"system\":{\"hostname\":\"a\\nb\"}}", "bad_message"),
            new Case("{\"type\":\"system_info\",\"system\":{\"hostname\":\"\\u202eexe.txt\"}}", "bad_message"),
            new Case("{\"type\":\"action_result\",\"id\":\"r-999999\",\"ok\":true}", "unknown_id"),
            new Case("{\"type\":\"action_result\",\"id\":\"r-1\"}", "bad_message"),
            new Case("{\"type\":\"action_result\",\"id\":7,\"ok\":true}", "bad_message"),
            new Case("{\"type\":\"action_result\",\"id\":\"r-1\",\"ok\":false}", "bad_message"),
            new Case("{\"type\":\"action_result\",\"id\":\"r-1\",\"ok\":true,\"data\":[1]}", "bad_message"),
            new Case("{\"type\":\"enroll\",\"name\":\"again\"}", "already_authenticated"),
            new Case("{\"type\":\"authenticate\",\"deviceId\":\"d\",\"secret\":\"s\"}", "already_authenticated"),
            new Case("{\"type\":\"pair\",\"code\":\"ABCD-EFGH\"}", "unknown_type"),
            new Case("{\"type\":\"ping\"}", "unknown_type"),
            new Case("{\"type\":\"revoke\"}", "unknown_type"));

    private static final List<Case> BEFORE_AUTHENTICATION = List.of(
            new Case("{\"type\":\"action\",\"id\":\"a\",\"deviceId\":\"d\",\"action\":\"beep\"}", "not_authenticated"),
            new Case("{\"type\":\"authenticate\",\"token\":\"\"}", "bad_message"),
            new Case("{\"type\":\"authenticate\",\"token\":\"" + "t".repeat(300) + "\"}", "bad_message"),
            new Case("{\"type\":\"unpair\",\"deviceId\":\"d\"}", "not_authenticated"),
            new Case("{\"type\":\"revoke\"}", "not_authenticated"));

    private static final List<Case> AGENT_BEFORE_AUTHENTICATION = List.of(
            new Case("{\"type\":\"telemetry\",\"sample\":{\"cpu\":1}}", "not_authenticated"),
            new Case("{\"type\":\"request_pairing_code\"}", "not_authenticated"),
            new Case("{\"type\":\"remove_device\"}", "not_authenticated"),
            new Case("{\"type\":\"enroll\",\"name\":\"" + X65 + "\"}", "bad_message"),
            new Case("{\"type\":\"enroll\",\"name\":\"pc\\u0000\"}", "bad_message"),
            new Case("{\"type\":\"enroll\",\"name\":\"\\u001b[2Jpc\"}", "bad_message"),
            new Case("{\"type\":\"enroll\",\"name\":\"line\\r\\nbreak\"}", "bad_message"),
            new Case("{\"type\":\"enroll\",\"name\":\"\\u2066pc\\u2069\"}", "bad_message"),
            new Case("{\"type\":\"enroll\",\"name\":\"" + "\uD83D\uDE00".repeat(65) + "\"}", "bad_message"),
            new Case("{\"type\":\"enroll\",\"name\":5}", "bad_message"),
            new Case("{\"type\":\"authenticate\",\"deviceId\":5,\"secret\":\"s\"}", "bad_message"),
            new Case("{\"type\":\"authenticate\",\"deviceId\":\"d\",\"secret\":\"" + "s".repeat(300) + "\"}", "bad_message"));

    @Test
    void everyBadInputGetsATypedAnswerAndTheWellBehavedPairNeverNotices() throws IOException {
        var bystander = enrollAgent(base, "bystander");
        var watcher = pairViewer(base, bystander.pairingCode()).socket();
        var noisyAgent = enrollAgent(base, "noisy");
        var noisyViewer = pairViewer(base, noisyAgent.pairingCode()).socket();
        var fresh = RelayClient.connect(base, "viewer");
        var freshAgent = RelayClient.connect(base, "agent");

        List<String> failures = new ArrayList<>();
        int answered = drive(noisyViewer, VIEWER_CASES, failures, bystander, watcher)
                + drive(noisyAgent.socket(), AGENT_CASES, failures, bystander, watcher)
                + drive(fresh, BEFORE_AUTHENTICATION, failures, bystander, watcher)
                + drive(freshAgent, AGENT_BEFORE_AUTHENTICATION, failures, bystander, watcher);
        assertEquals(List.of(), failures);

        noisyViewer.send(beep("dup", noisyAgent.deviceId()));
        noisyAgent.socket().next("action");
        noisyViewer.send(beep("dup", noisyAgent.deviceId()));
        assertEquals("duplicate_id", noisyViewer.nextOf("action_result").getString("code"));
        answered++;

        noisyViewer.session().getBasicRemote().sendBinary(ByteBuffer.wrap(new byte[] {1, 2, 3}));
        assertEquals(1003, noisyViewer.awaitClose(RelayClient.WAIT).getCloseCode().getCode(), "binary frames");
        try (var raw = RawSocket.open(base, "viewer")) {
            assertEquals(1007, raw.sendText(new byte[] {(byte) 0xC3, (byte) 0x28}).awaitCloseCode(), "text that isn't UTF-8");
        }
        noisyAgent.socket().send("{\"type\":\"telemetry\",\"sample\":{\"cpu\":1,\"cores\":[" + "1,".repeat(40_000) + "1]}}");
        assertEquals(1009, noisyAgent.socket().awaitClose(RelayClient.WAIT).getCloseCode().getCode(), "oversized frames");

        assertTrue(answered + 3 >= 50, "the corpus has " + (answered + 3) + " inputs");
        assertPairWorks(bystander, watcher);
    }

    @Test
    void aNameIsCountedInCharactersSoSixtyFourEmojiFit() {
        String emoji = "\uD83D\uDE00".repeat(64);
        var agent = enrollAgent(base, emoji);
        assertEquals(emoji, pairViewer(base, agent.pairingCode()).device().getString("name"));
    }

    @Test
    void aRefusedFragmentedMessageLeavesNothingBehind() throws IOException {
        try (var raw = RawSocket.open(base, "viewer")) {
            assertEquals("bad_json", answer(raw.sendFragmented("{\"type\":\"ping\"", ",}")));
            assertEquals("pong", answer(raw.sendFragmented("{\"type\":", "\"ping\"}")));
            assertEquals("bad_message", answer(raw.sendFragmented("{\"type\":\"pair\",", "\"code\":", "5}")));
            assertEquals("pong", answer(raw.sendFragmented("{\"ty", "pe\":\"ping\"}")));
        }
    }

    @Test
    void fragmentsOutOfOrderCloseTheSocketWith1002() throws IOException {
        try (var raw = RawSocket.open(base, "agent")) {
            assertEquals(1002, raw.sendPart("{}", false, true).awaitCloseCode(), "a continuation with nothing begun");
        }
        try (var raw = RawSocket.open(base, "viewer")) {
            assertEquals(1002, raw.sendPart("{\"type\":", true, false).sendPart("{}", true, true).awaitCloseCode(),
                    "a new message before the last one was finished");
        }
    }

    /** The error code of the relay's answer, or its type when it is no error. */
    private static String answer(RawSocket raw) {
        String text = raw.nextText();
        assertNotNull(text, "the relay closed the socket instead of answering");
        JsonObject answer = Json.createReader(new StringReader(text)).readObject();
        return answer.containsKey("code") ? answer.getString("code") : answer.getString("type");
    }

    private static int drive(RelayClient socket, List<Case> cases, List<String> failures,
            Parties.EnrolledAgent bystander, RelayClient watcher) {
        for (Case item : cases) {
            JsonObject answer = socket.send(item.input()).next();
            String code = answer.containsKey("code") ? answer.getString("code") : answer.getString("type");
            if (!item.expectedCode().equals(code)) {
                failures.add(abbreviate(item.input()) + " -> " + answer + " (expected " + item.expectedCode() + ")");
            }
            String message = answer.getString("message", "");
            if (message.contains("Exception") || message.contains("\tat ") || message.contains("org.")) {
                failures.add(abbreviate(item.input()) + " leaked internals: " + message);
            }
            if (!socket.isOpen()) {
                failures.add(abbreviate(item.input()) + " closed the socket");
            }
        }
        assertPairWorks(bystander, watcher);
        return cases.size();
    }

    private static void assertPairWorks(Parties.EnrolledAgent bystander, RelayClient watcher) {
        watcher.drain();
        bystander.socket().send(telemetry(12.5));
        JsonObject sample = watcher.nextOf("telemetry");
        assertEquals(bystander.deviceId(), sample.getString("deviceId"));
        assertFalse(watcher.poll(java.time.Duration.ofMillis(100)) != null
                && !watcher.isOpen(), "the bystander viewer stays connected");
    }

    private static String abbreviate(String input) {
        return input.length() > 80 ? input.substring(0, 80) + "…" : input;
    }
}
