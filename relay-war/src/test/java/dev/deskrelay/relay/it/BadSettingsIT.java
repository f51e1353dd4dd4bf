package dev.deskrelay.relay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A setting the relay can't understand stops it from starting, rather than leaving a guard off: an
 * allowed origin that is not one used to leave every page free to open viewer sockets.
 */
class BadSettingsIT {

    @Test
    void theRelayExitsNamingEachBadSettingAndItsValue(@TempDir Path home) {
        var stopped = assertThrows(RelayProcess.Stopped.class, () -> RelayProcess.start(home.resolve("relay-data"),
                Map.of("DESKRELAY_ALLOWED_ORIGINS", "https://dash.example.com,dash.example.com",
                        "DESKRELAY_OUTBOX_LIMIT", "0")).close());

        assertEquals(2, stopped.exitStatus);
        assertTrue(stopped.log.contains("DeskRelay did not start, a setting is wrong: deskrelay.allowed-origins="
                + "\"https://dash.example.com,dash.example.com\": 'dash.example.com' is not an origin"), stopped.log);
        assertTrue(stopped.log.contains("deskrelay.outbox-limit=\"0\": must be a whole number"), stopped.log);
        assertFalse(stopped.log.contains(" ready in "), "it never said it was ready");
    }
}
