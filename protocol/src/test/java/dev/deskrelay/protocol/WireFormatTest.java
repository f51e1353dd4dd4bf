package dev.deskrelay.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jakarta.json.Json;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;

class WireFormatTest {

    private final WireFormat<AgentToRelay> fromAgent = new WireFormat<>(AgentToRelay.class);
    private final WireFormat<ViewerToRelay> fromViewer = new WireFormat<>(ViewerToRelay.class);
    private final WireFormat<RelayToViewer> toViewer = new WireFormat<>(RelayToViewer.class);
    private final WireFormat<RelayToAgent> toAgent = new WireFormat<>(RelayToAgent.class);

    @Test
    void readsEachAgentMessageWhateverTheKeyOrder() {
        assertEquals(new AgentToRelay.Telemetry(Sample.cpuOnly(12.5)),
                fromAgent.read("{\"sample\":{\"cpu\":12.5},\"type\":\"telemetry\"}"));
        assertEquals(new AgentToRelay.Enroll("laptop"), fromAgent.read("{\"type\":\"enroll\",\"name\":\"laptop\"}"));
        assertEquals(new AgentToRelay.RequestPairingCode(), fromAgent.read("{\"type\":\"request_pairing_code\"}"));
        var auth = (AgentToRelay.Authenticate) fromAgent.read(
                "{\"type\":\"authenticate\",\"deviceId\":\"d1\",\"secret\":\"s\"}");
        assertEquals("d1", auth.deviceId());
        assertEquals("s", auth.secret());
    }

    @Test
    void actionResultCarriesItsDataObject() {
        var result = (AgentToRelay.ActionResult) fromAgent.read(
                "{\"type\":\"action_result\",\"id\":\"r1\",\"ok\":true,\"data\":{\"method\":\"bell\"}}");
        assertTrue(result.ok());
        assertEquals("bell", result.data().getString("method"));
    }

    @Test
    void writesTheTypeAndLeavesOutAbsentFields() {
        String json = toViewer.write(RelayToViewer.ActionResult.failed("a1", "d1", ErrorCode.DEVICE_OFFLINE, "gone"));
        var object = Json.createReader(new java.io.StringReader(json)).readObject();
        assertEquals("action_result", object.getString("type"));
        assertEquals("device_offline", object.getString("code"));
        assertFalse(object.containsKey("data"));
    }

    @Test
    void roundTripsEveryViewerBoundMessage() {
        var format = new WireFormat<>(RelayToViewer.class);
        List<RelayToViewer> messages = List.of(
                new RelayToViewer.Authenticated(List.of(new DeviceSummary("d1", "pc", true, 5L, "owner"))),
                new RelayToViewer.Paired(new DeviceSummary("d1", "pc", false, null, "viewer")),
                new RelayToViewer.Presence("d1", false, 7L),
                new RelayToViewer.Telemetry("d1", 9L, new Sample(33.5, List.of(30.0, 37.0), List.of(0.5, 0.4, 0.3),
                        new Usage(1, 2), new Usage(0, 4), List.of(new InterfaceRate("eth0", 10.5, 2)), 86400L)),
                new RelayToViewer.SystemInfo("d1", new SystemFacts("pc", "Linux", "6.1", "Xeon", 2, 1, 1L << 34, "0.1")),
                new RelayToViewer.Filesystems("d1", 9L, List.of(new FilesystemUsage("/", "ext4", new Usage(5, 10)))),
                new RelayToViewer.ActionResult("a", "d1", true,
                        Json.createObjectBuilder().add("method", "tone").build(), null, null),
                RelayToViewer.Error.of(ErrorCode.NOT_GRANTED, "no"),
                new RelayToViewer.Pong(),
                new RelayToViewer.Alert(12, "d1", "CPU busy", "warning", "firing", false, 9L));
        for (RelayToViewer message : messages) {
            assertEquals(message, format.read(format.write(message)));
        }
    }

    @Test
    void secretsStayOutOfToString() {
        assertFalse(new AgentToRelay.Authenticate("d1", "hunter2", null).toString().contains("hunter2"));
        assertFalse(new ViewerToRelay.Authenticate("tok3n").toString().contains("tok3n"));
        assertFalse(new ViewerToRelay.Pair("ABCD2345").toString().contains("ABCD2345"));
        assertFalse(new RelayToAgent.Enrolled("d1", "hunter2", "pc").toString().contains("hunter2"));
        assertFalse(new RelayToAgent.PairingCode("ABCD2345", 1L).toString().contains("ABCD2345"));
        assertFalse(toAgent.write(new RelayToAgent.PairingCode("ABCD2345", 1L)).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{bad                                                  | BAD_JSON",
            "{\"type\":\"request_pairing_code\"} {}                  | BAD_JSON",
            "{\"type\":\"request_pairing_code\"} x                   | BAD_JSON",
            "{\"type\":\"enroll\",\"name\":\"\\ud800\"}                  | BAD_MESSAGE",
            "{\"type\":\"system_info\",\"system\":{\"os\":\"\\udc00\"}}   | BAD_MESSAGE",
            "[1,2]                                                 | BAD_JSON",
            "''                                                    | BAD_JSON",
            "{}                                                    | UNKNOWN_TYPE",
            "{\"type\":42}                                         | UNKNOWN_TYPE",
            "{\"type\":\"reboot\"}                                 | UNKNOWN_TYPE",
            "{\"x\":{\"type\":\"telemetry\"},\"y\":[{\"type\":1}]}  | UNKNOWN_TYPE",
            "{\"type\":\"telemetry\",\"type\":\"reboot\"}          | UNKNOWN_TYPE",
            "{\"type\":\"telemetry\",\"sample\":{\"cpu\":1}        | BAD_JSON",
            "{\"type\":\"telemetry\"}                              | BAD_MESSAGE",
            "{\"type\":\"telemetry\",\"sample\":{}}                | BAD_MESSAGE",
            "{\"type\":\"telemetry\",\"sample\":{\"cpu\":\"lots\"}} | BAD_MESSAGE",
            "{\"type\":\"telemetry\",\"sample\":{\"cpu\":101}}     | BAD_MESSAGE",
            "{\"type\":\"telemetry\",\"sample\":{\"cpu\":-1}}      | BAD_MESSAGE",
            "{\"type\":\"telemetry\",\"sample\":{\"cpu\":1,\"load\":[1]}} | BAD_MESSAGE",
            "{\"type\":\"telemetry\",\"sample\":{\"cpu\":1,\"cores\":[120]}} | BAD_MESSAGE",
            "{\"type\":\"telemetry\",\"sample\":{\"cpu\":1,\"memory\":{\"used\":-1,\"total\":1}}} | BAD_MESSAGE",
            "{\"type\":\"filesystems\"}                            | BAD_MESSAGE",
            "{\"type\":\"system_info\"}                            | BAD_MESSAGE",
            "{\"type\":\"enroll\",\"name\":\"  \"}                 | BAD_MESSAGE",
            "{\"type\":\"authenticate\",\"deviceId\":\"d\"}        | BAD_MESSAGE",
            "{\"type\":\"action_result\",\"id\":\"x\",\"ok\":false} | BAD_MESSAGE",
            "{\"type\":\"action_result\",\"ok\":true}              | BAD_MESSAGE",
            "{\"type\":{\"$ne\":null}}                                         | UNKNOWN_TYPE",
            "{\"type\":[\"enroll\"],\"name\":\"x\"}                        | UNKNOWN_TYPE",
            "{\"type\":\"enroll\",\"name\":5}                                | BAD_MESSAGE",
            "{\"type\":\"enroll\",\"name\":true}                             | BAD_MESSAGE",
            "{\"type\":\"authenticate\",\"deviceId\":5,\"secret\":\"s\"}   | BAD_MESSAGE",
            "{\"type\":\"authenticate\",\"deviceId\":\"d\",\"secret\":{}}  | BAD_MESSAGE",
            "{\"type\":\"authenticate\",\"deviceId\":\"d\",\"secret\":\"s\",\"control\":\"yes\"} | BAD_MESSAGE",
            "{\"type\":\"action_result\",\"id\":7,\"ok\":true}             | BAD_MESSAGE",
            "{\"type\":\"action_result\",\"id\":\"x\",\"ok\":\"true\"}   | BAD_MESSAGE",
            "{\"type\":\"action_result\",\"id\":\"x\",\"ok\":1}          | BAD_MESSAGE",
            "{\"type\":\"telemetry\",\"sample\":{\"cpu\":\"12\"}}         | BAD_MESSAGE",
            "{\"type\":\"telemetry\",\"sample\":{\"cpu\":1,\"cores\":[\"1\"]}} | BAD_MESSAGE",
            "{\"type\":\"telemetry\",\"sample\":{\"cpu\":1,\"memory\":{\"used\":\"1\",\"total\":2}}} | BAD_MESSAGE",
            "{\"type\":\"telemetry\",\"sample\":{\"cpu\":1,\"uptime\":\"5\"}} | BAD_MESSAGE",
            "{\"type\":\"telemetry\",\"sample\":{\"cpu\":1,\"network\":[{\"name\":5,\"rx\":1,\"tx\":1}]}} | BAD_MESSAGE",
            "{\"type\":\"telemetry\",\"sample\":{\"cpu\":1,\"network\":[{\"name\":\"e\",\"rx\":\"1\",\"tx\":1}]}} | BAD_MESSAGE",
            "{\"type\":\"telemetry\",\"sample\":[12]}                        | BAD_MESSAGE",
            "{\"type\":\"system_info\",\"system\":{\"logicalCores\":\"2\"}} | BAD_MESSAGE",
            "{\"type\":\"filesystems\",\"filesystems\":[{\"mount\":\"/\",\"space\":{\"used\":1,\"total\":\"2\"}}]} | BAD_MESSAGE",
            "{\"type\":\"enroll\",\"name\":5                                 | BAD_JSON",
    })
    void tellsWhatIsWrongWithABadAgentMessage(String text, ErrorCode expected) {
        var violation = assertThrows(ProtocolViolation.class, () -> fromAgent.read(text));
        assertEquals(expected, violation.code());
    }

    @Test
    void aViewerTokenIsAbsentForTheSessionOrNotBlank() {
        assertEquals(new ViewerToRelay.Authenticate(null), fromViewer.read("{\"type\":\"authenticate\"}"));
        for (String token : List.of("", " ")) {
            String text = "{\"type\":\"authenticate\",\"token\":\"" + token + "\"}";
            assertEquals(ErrorCode.BAD_MESSAGE, assertThrows(ProtocolViolation.class, () -> fromViewer.read(text)).code(), text);
        }
    }

    @Test
    void bindsNoViewerValueOfTheWrongJsonType() {
        for (String text : List.of("{\"type\":\"action\",\"id\":7,\"deviceId\":\"d\",\"action\":\"beep\"}",
                "{\"type\":\"action\",\"id\":\"a\",\"deviceId\":7,\"action\":\"beep\"}",
                "{\"type\":\"unpair\",\"deviceId\":7}", "{\"type\":\"pair\",\"code\":12345678}",
                "{\"type\":\"authenticate\",\"token\":1}")) {
            assertEquals(ErrorCode.BAD_MESSAGE, assertThrows(ProtocolViolation.class, () -> fromViewer.read(text)).code(), text);
        }
    }

    @Test
    void namesTheFieldWhoseJsonTypeIsWrong() {
        var violation = assertThrows(ProtocolViolation.class, () -> fromAgent.read(
                "{\"type\":\"telemetry\",\"sample\":{\"cpu\":1,\"cores\":[1,\"2\"]}}"));
        assertEquals("bad telemetry message: sample.cores[] must be a number", violation.getMessage());
    }

    @Test
    void aFieldOfAnotherMessageIsIgnoredWhateverItsJsonType() {
        assertEquals(new AgentToRelay.RequestPairingCode(), fromAgent.read("{\"name\":5,\"type\":\"request_pairing_code\"}"));
        assertEquals(new ViewerToRelay.Ping(), fromViewer.read("{\"type\":\"ping\",\"deviceId\":7}"));
    }

    @Test
    void nullStillMeansAbsent() {
        assertEquals(new AgentToRelay.Telemetry(Sample.cpuOnly(3)),
                fromAgent.read("{\"type\":\"telemetry\",\"sample\":{\"cpu\":3,\"cores\":null,\"memory\":null}}"));
    }

    @JsonbTypeInfo({ @JsonbSubtype(alias = "text", type = WithText.class),
            @JsonbSubtype(alias = "number", type = WithNumber.class) })
    sealed interface Clashing {
    }

    record WithText(String size) implements Clashing {
    }

    record WithNumber(Long size) implements Clashing {
    }

    @Test
    void refusesToStartForFieldsItCouldNotCheck() {
        assertThrows(IllegalStateException.class, () -> new WireFormat<>(Clashing.class));
        assertThrows(IllegalArgumentException.class, () -> JsonShape.of(java.time.Instant.class));
    }

    @Test
    void namesTheFieldThatIsWrong() {
        var violation = assertThrows(ProtocolViolation.class,
                () -> fromViewer.read("{\"type\":\"action\",\"id\":\"1\",\"action\":\"beep\"}"));
        assertEquals("bad action message: deviceId is required", violation.getMessage());
    }

    @Test
    void rejectsOverlongFields() {
        String longId = "x".repeat(Limits.MAX_ID_LENGTH + 1);
        var violation = assertThrows(ProtocolViolation.class, () -> fromViewer.read(
                "{\"type\":\"action\",\"id\":\"" + longId + "\",\"deviceId\":\"d\",\"action\":\"beep\"}"));
        assertEquals(ErrorCode.BAD_MESSAGE, violation.code());
    }

    @Test
    void wellFormedUnicodeBeyondTheBasicPlaneIsFine() {
        var enroll = (AgentToRelay.Enroll) fromAgent.read("{\"type\":\"enroll\",\"name\":\"desk \\ud83d\\udda5\"}");
        assertEquals("desk \ud83d\udda5", enroll.name());
    }

    @Test
    void errorCodesAreSnakeCaseOnTheWire() {
        assertEquals("device_offline", ErrorCode.DEVICE_OFFLINE.wire());
        assertEquals("bad_json", ErrorCode.BAD_JSON.wire());
    }
}
