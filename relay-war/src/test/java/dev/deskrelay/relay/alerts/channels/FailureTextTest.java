package dev.deskrelay.relay.alerts.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class FailureTextTest {

    @Test
    void namesTheFailureWithoutAQueryOrTheSecret() {
        var failure = new IOException("POST https://ntfy.example.com/topic?auth=abc#x failed with token tok123");

        assertEquals("IOException: POST https://ntfy.example.com/topic failed with token [secret]",
                FailureText.of(failure, "tok123"));
    }

    @Test
    void aFailureWithoutAMessageSaysItsCauses() {
        var failure = new java.net.ConnectException();
        failure.initCause(new java.net.ConnectException("Connection refused"));

        assertEquals("ConnectException: Connection refused", FailureText.of(failure, null));
    }

    @Test
    void fitsTheColumn() {
        String text = FailureText.of(new IOException("x".repeat(2000)), null);

        assertEquals(FailureText.MAX, text.length());
    }
}
