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
        var decoder = new Codecs.ViewerToRelayDecoder();
        assertTrue(decoder.willDecode("not json"), "declining would make Tyrus drop the frame silently");
        var thrown = assertThrows(DecodeException.class, () -> decoder.decode("not json"));
        assertEquals(ErrorCode.BAD_JSON, ProtocolViolation.in(thrown).orElseThrow().code());
        assertEquals("not json", thrown.getText());
    }

    @Test
    void encoderAndDecoderAgree() throws Exception {
        var message = new ViewerToRelay.Action("a1", "d1", "beep", null);
        String text = new Codecs.ViewerToRelayEncoder().encode(message);
        assertEquals(message, new Codecs.ViewerToRelayDecoder().decode(text));
    }

    @Test
    void findsTheViolationHoweverDeepItIsWrapped() {
        assertTrue(ProtocolViolation.in(new IllegalStateException("x")).isEmpty());
        var violation = new ProtocolViolation(ErrorCode.BAD_JSON, "x");
        var wrapped = new RuntimeException(new DecodeException("t", "m", violation));
        assertSame(violation, ProtocolViolation.in(wrapped).orElseThrow());
    }
}
