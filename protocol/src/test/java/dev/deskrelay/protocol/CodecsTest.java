package dev.deskrelay.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jakarta.websocket.DecodeException;

class CodecsTest {

    @Test
    void decoderAcceptsEveryFrameAndThrowsTheViolation() {
        var decoder = new Codecs.RelayToAgentDecoder();
        assertTrue(decoder.willDecode("not json"), "declining would make Tyrus drop the frame silently");
        var thrown = assertThrows(DecodeException.class, () -> decoder.decode("not json"));
        assertEquals(ErrorCode.BAD_JSON, ProtocolViolation.in(thrown).orElseThrow().code());
        assertEquals("not json", thrown.getText());
    }

    @Test
    void encoderAndDecoderSpeakTheRelaysWireFormat() throws Exception {
        var sent = new AgentToRelay.Enroll("desk");
        assertEquals(sent, new WireFormat<>(AgentToRelay.class).read(new Codecs.AgentToRelayEncoder().encode(sent)));
        var received = new RelayToAgent.PairingCode("ABCD2345", 600);
        assertEquals(received, new Codecs.RelayToAgentDecoder().decode(new WireFormat<>(RelayToAgent.class).write(received)));
    }

    @Test
    void findsTheViolationHoweverDeepItIsWrapped() {
        assertTrue(ProtocolViolation.in(new IllegalStateException("x")).isEmpty());
        var violation = new ProtocolViolation(ErrorCode.BAD_JSON, "x");
        var wrapped = new RuntimeException(new DecodeException("t", "m", violation));
        assertSame(violation, ProtocolViolation.in(wrapped).orElseThrow());
    }
}
