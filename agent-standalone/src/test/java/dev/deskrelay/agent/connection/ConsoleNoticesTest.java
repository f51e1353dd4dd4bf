package dev.deskrelay.agent.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.RelayToAgent.PairingCode;

class ConsoleNoticesTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ConsoleNotices notices = new ConsoleNotices(new PrintStream(out, true, StandardCharsets.UTF_8),
            ZoneOffset.UTC);

    @Test
    void aPairingCodeIsOneLineWithItsExpiryTime() {
        long expiresAt = ZonedDateTime.of(2025, 11, 25, 14, 5, 30, 0, ZoneOffset.UTC).toInstant().toEpochMilli();

        notices.pairingCode(new PairingCode("ABCD-2345", expiresAt));

        assertEquals("Pairing code: ABCD-2345 (valid until 14:05)" + System.lineSeparator(), printed());
    }

    @Test
    void beingConnectedNamesTheRelayAndTheDevice() {
        notices.connected(RelayUrl.parse("ws://relay:8080/ctx/"), "d-1");

        assertEquals("Connected to ws://relay:8080/ctx as device d-1" + System.lineSeparator(), printed());
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
