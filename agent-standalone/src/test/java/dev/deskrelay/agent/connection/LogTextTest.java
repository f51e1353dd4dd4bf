package dev.deskrelay.agent.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void secondsAreShownWithTwoSignificantDigits() {
        assertEquals("0 s", LogText.seconds(Duration.ZERO));
        assertEquals("0.042 s", LogText.seconds(Duration.ofMillis(42)));
        assertEquals("1.3 s", LogText.seconds(Duration.ofMillis(1347)));
        assertEquals("25 s", LogText.seconds(Duration.ofSeconds(25)));
        assertEquals("30 s", LogText.seconds(Duration.ofMillis(29_999)));
    }

    @Test
    void theInnermostCauseSaysWhatWentWrong() {
        IOException wrapped = new IOException("handshake failed", new ConnectException("Connection refused"));

        assertEquals("Connection refused", LogText.rootCause(wrapped));
        assertEquals("IllegalStateException", LogText.rootCause(new IllegalStateException()));
    }
}
