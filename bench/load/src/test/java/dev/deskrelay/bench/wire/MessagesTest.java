package dev.deskrelay.bench.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

class MessagesTest {

    @Test
    void aSampleHasEveryDocumentedFieldOfAnEightCoreMachine() {
        String text = new SampleMaker(42, 1).next(123_456_789L).json();
        JsonObject json = Incoming.object(text);
        assertEquals("telemetry", json.getString("type"));
        JsonObject sample = json.getJsonObject("sample");
        double cpu = sample.getJsonNumber("cpu").doubleValue();
        assertTrue(cpu >= 0 && cpu <= 100);
        assertEquals(8, sample.getJsonArray("cores").size());
        assertEquals(3, sample.getJsonArray("load").size());
        assertEquals(SampleMaker.MEMORY_TOTAL, sample.getJsonObject("memory").getJsonNumber("total").longValue());
        assertTrue(sample.getJsonObject("swap").getJsonNumber("total").longValue() > 0);
        assertEquals(2, sample.getJsonArray("network").size());
        assertEquals("eth0", sample.getJsonArray("network").getJsonObject(0).getString("name"));
        assertEquals(123_456_789L, sample.getJsonNumber("uptime").longValue());
    }

    @Test
    void aViewerReadsTheStampAndTheAgentBackFromARelayedSample() {
        String sample = Incoming.object(new SampleMaker(17, 1).next(5_000_000L).json()).getJsonObject("sample").toString();
        String relayed = "{\"type\":\"telemetry\",\"deviceId\":\"d-k3m9q2x7w4r8t6y5\",\"at\":1795586401000,\"sample\":" + sample + "}";
        var telemetry = assertInstanceOf(Incoming.Telemetry.class, Incoming.parse(relayed));
        assertEquals("d-k3m9q2x7w4r8t6y5", telemetry.deviceId());
        assertEquals(1795586401000L, telemetry.at());
        assertEquals(5_000_000L, telemetry.stamp());
        assertEquals(17, telemetry.agent());
    }

    @Test
    void readsTheDocumentedMessages() {
        assertEquals(new Incoming.Enrolled("d-1", "s"),
                Incoming.parse("{\"type\":\"enrolled\",\"deviceId\":\"d-1\",\"secret\":\"s\",\"name\":\"n\"}"));
        assertEquals(new Incoming.PairingCode("K7MQ-3XPA"),
                Incoming.parse("{\"type\":\"pairing_code\",\"code\":\"K7MQ-3XPA\",\"expiresAt\":1795587000000}"));
        assertEquals(new Incoming.Action("r-17", "beep"), Incoming.parse("{\"type\":\"action\",\"id\":\"r-17\",\"action\":\"beep\",\"args\":{}}"));
        assertEquals(new Incoming.Paired("d-1"), Incoming.parse("{\"type\":\"paired\",\"device\":{\"id\":\"d-1\","
                + "\"name\":\"n\",\"online\":true,\"lastSeen\":1,\"role\":\"owner\"}}"));
        assertEquals(new Incoming.Authenticated(List.of("d-1")),
                Incoming.parse("{\"type\":\"authenticated\",\"deviceId\":\"d-1\",\"name\":\"n\"}"));
        assertEquals(new Incoming.Authenticated(List.of("d-1", "d-2")), Incoming.parse("{\"type\":\"authenticated\",\"devices\":["
                + "{\"id\":\"d-1\",\"name\":\"a\",\"online\":true,\"lastSeen\":1},"
                + "{\"id\":\"d-2\",\"name\":\"b\",\"online\":false,\"lastSeen\":1}]}"));
        assertEquals(new Incoming.ActionResult("a1", "d-1", true, null, "bell"),
                Incoming.parse("{\"type\":\"action_result\",\"id\":\"a1\",\"deviceId\":\"d-1\",\"ok\":true,\"data\":{\"method\":\"bell\"}}"));
        assertEquals(new Incoming.ActionResult("a2", "d-1", false, "device_offline", null),
                Incoming.parse("{\"type\":\"action_result\",\"id\":\"a2\",\"deviceId\":\"d-1\",\"ok\":false,\"code\":\"device_offline\","
                        + "\"message\":\"the device is offline\"}"));
        assertEquals(new Incoming.DeviceNotice("history", "d-1"), Incoming.parse("{\"type\":\"history\",\"deviceId\":\"d-1\",\"points\":[]}"));
        assertEquals(new Incoming.Error("rate_limited"), Incoming.parse("{\"type\":\"error\",\"code\":\"rate_limited\",\"message\":\"m\"}"));
        assertEquals(new Incoming.Other("pong"), Incoming.parse("{\"type\":\"pong\"}"));
    }

    @Test
    void refusesWhatIsNotAMessage() {
        assertThrows(IllegalArgumentException.class, () -> Incoming.parse("not json"));
        assertThrows(IllegalArgumentException.class, () -> Incoming.parse("[1]"));
        assertThrows(IllegalArgumentException.class, () -> Incoming.parse("{\"no\":\"type\"}"));
        assertThrows(IllegalArgumentException.class, () -> Incoming.parse("{\"type\":\"enrolled\"}"));
    }

    @Test
    void writesStringsSafely() {
        String json = new AgentMessages.BellResult("r-\"1\\\n").json();
        assertEquals("r-\"1\\\n", Incoming.object(json).getString("id"));
        assertEquals("beep", Incoming.object(new ViewerMessages.Beep("a1", "d-1").json()).getString("action"));
        assertFalse(new AgentMessages.Enroll("bench-agent-1").json().contains("\n"));
    }

    @Test
    void writesTheMessagesOfAClientComingBack() {
        JsonObject agent = Incoming.object(new AgentMessages.Authenticate("d-1", "Hk2+/=").json());
        assertEquals("authenticate", agent.getString("type"));
        assertEquals("d-1", agent.getString("deviceId"));
        assertEquals("Hk2+/=", agent.getString("secret"));
        assertEquals("request_pairing_code", Incoming.object(new AgentMessages.RequestPairingCode().json()).getString("type"));
        JsonObject viewer = Incoming.object(new ViewerMessages.Authenticate("v-a.b").json());
        assertEquals("authenticate", viewer.getString("type"));
        assertEquals("v-a.b", viewer.getString("token"));
    }

    @Test
    void readsThePrototypesFrames() {
        String cpu = new PrototypeMessages.Cpu(12.5, 99, "bench-x-1").json();
        assertEquals(new PrototypeIncoming.Cpu(99, "bench-x-1"), PrototypeIncoming.parse(cpu));
        assertEquals(new PrototypeIncoming.Beep("a1"), PrototypeIncoming.parse(new PrototypeMessages.Beep("a1").json()));
        assertEquals(new PrototypeIncoming.BeepResult("a1"), PrototypeIncoming.parse(new PrototypeMessages.BeepResult("a1").json()));
        assertThrows(IllegalArgumentException.class, () -> PrototypeIncoming.parse("{\"event\":\"cpu\"}"));
    }
}
