package dev.deskrelay.relay.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class EnvelopeTest {

    @Test
    void anEnvelopeComesBackAsItWasSentWithLineBreaksInItsPayload() {
        var envelope = new Envelope(Envelope.Kind.CATCH_UP, "d-1", "request-7", "{\"a\":1}\n{\"b\":\"ü\"}");

        assertEquals(envelope, Envelope.decode(envelope.encode()));
    }

    @Test
    void bytesThatAreNoEnvelopeAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Envelope.decode("VIEWERS\nd-1".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class,
                () -> Envelope.decode("SHOUT\nd-1\n\n{}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anIdWithALineBreakCannotBeSent() {
        assertThrows(IllegalArgumentException.class, () -> new Envelope(Envelope.Kind.REVOKE, "", "v-1\nVIEWERS", ""));
    }
}
