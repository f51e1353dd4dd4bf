package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.pairViewer;
import static dev.deskrelay.relay.it.Parties.telemetry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.deskrelay.harness.ThrowawayPostgres;

/** The relay on a real PostgreSQL server, as {@code DESKRELAY_DATABASE=postgresql ./run} starts it. */
class PostgresRelayIT {

    @Test
    void aPairingMadeOnPostgresqlSurvivesARestart(@TempDir Path data) {
        // fsync off: a test server's data need not survive a crash of the machine
        try (var database = ThrowawayPostgres.start(Path.of(System.getProperty("java.io.tmpdir")), Map.of("fsync", "off"));
                var relay = RelayProcess.start(data, database.settings())) {
            var agent = enrollAgent(relay.base(), "on-postgres");
            var viewer = pairViewer(relay.base(), agent.pairingCode());
            assertEquals("deskrelay", database.query("SELECT tableowner FROM pg_tables WHERE tablename = 'devices'").strip(),
                    "the relay's tables are in PostgreSQL, created by its own user");
            // an account holds what it paired in DEVICE_ACCESS; GRANTS holds browser tokens from before accounts
            assertEquals(agent.deviceId() + "|owner", database.query("SELECT device_id || '|' || role FROM device_access").strip());

            relay.stop();
            relay.start();

            var again = RelayClient.connect(relay.base(), "agent").send("{\"type\":\"authenticate\",\"deviceId\":\""
                    + agent.deviceId() + "\",\"secret\":\"" + agent.secret() + "\"}");
            assertEquals(agent.deviceId(), again.next("authenticated").getString("deviceId"));
            var browser = RelayClient.connect(relay.base(), "viewer")
                    .send("{\"type\":\"authenticate\",\"token\":\"" + viewer.token() + "\"}");
            assertEquals(agent.deviceId(), browser.next("authenticated").getJsonArray("devices").getJsonObject(0)
                    .getString("id"), "the device paired before the restart");
            again.send(telemetry(12.5));
            assertEquals(12.5, browser.nextOf("telemetry").getJsonObject("sample").getJsonNumber("cpu").doubleValue());
        }
    }
}
