package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.ApiClient.json;
import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.pair;
import static dev.deskrelay.relay.it.Parties.signedIn;
import static dev.deskrelay.relay.it.Parties.telemetry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.deskrelay.harness.ThrowawayPostgres;
import jakarta.json.JsonObject;

/**
 * The relay on a real PostgreSQL server, as {@code DESKRELAY_DATABASE=postgresql ./run} starts it:
 * a pairing, a session and the audit log survive a restart. The log's rows are numbered by
 * PostgreSQL's identity column in the order their actions ended, none is lost to a stop that
 * comes right after them, and at the next start those older than {@code deskrelay.audit-days}
 * are removed.
 */
class PostgresRelayIT {

    @Test
    void aPairingItsSessionAndTheAuditLogSurviveARestart(@TempDir Path data) throws InterruptedException {
        // fsync off: a test server's data need not survive a crash of the machine
        try (var database = ThrowawayPostgres.start(Path.of(System.getProperty("java.io.tmpdir")), Map.of("fsync", "off"));
                var relay = RelayProcess.start(data, keptFor30Days(database.settings()))) {
            var agent = enrollAgent(relay.base(), "on-postgres");
            var person = People.newPerson(relay.base());
            var viewer = signedIn(relay.base(), person.token());
            viewer.send(pair(agent.pairingCode())).next("paired");
            assertEquals("deskrelay", database.query("SELECT tableowner FROM pg_tables WHERE tablename = 'devices'").strip(),
                    "the relay's tables are in PostgreSQL, created by its own user");
            // an account holds what it paired in DEVICE_ACCESS; GRANTS holds browser tokens from before accounts
            assertEquals(agent.deviceId() + "|owner", database.query("SELECT device_id || '|' || role FROM device_access").strip());
            for (String title : List.of("first", "second", "third")) {
                viewer.send("{\"type\":\"action\",\"id\":\"" + title + "\",\"deviceId\":\"" + agent.deviceId()
                        + "\",\"action\":\"notify\",\"args\":{\"title\":\"" + title + "\"}}");
                String relayId = agent.socket().nextOf("action").getString("id");
                agent.socket().send("{\"type\":\"action_result\",\"id\":\"" + relayId + "\",\"ok\":true}");
                assertEquals(title, viewer.nextOf("action_result").getString("id"));
            }
            long day = Duration.ofDays(1).toMillis();
            database.query("INSERT INTO audit_events (at, account_id, kind, detail) VALUES ("
                    + (System.currentTimeMillis() - 31 * day) + ", 'a-old', 'action', 'past its time'), ("
                    + (System.currentTimeMillis() - 29 * day) + ", 'a-old', 'action', 'still kept')");

            // at once, most likely before the audit log's next write: the stop writes what is still queued
            relay.stop();
            relay.start();

            var again = RelayClient.connect(relay.base(), "agent").send("{\"type\":\"authenticate\",\"deviceId\":\""
                    + agent.deviceId() + "\",\"secret\":\"" + agent.secret() + "\"}");
            assertEquals(agent.deviceId(), again.next("authenticated").getString("deviceId"));
            var browser = RelayClient.connect(relay.base(), "viewer")
                    .send("{\"type\":\"authenticate\",\"token\":\"" + person.token() + "\"}");
            assertEquals(agent.deviceId(), browser.next("authenticated").getJsonArray("devices").getJsonObject(0)
                    .getString("id"), "the device paired before the restart");
            again.send(telemetry(12.5));
            assertEquals(12.5, browser.nextOf("telemetry").getJsonObject("sample").getJsonNumber("cpu").doubleValue());

            var log = person.client().get("/api/audit?device=" + agent.deviceId() + "&kind=action");
            assertEquals(200, log.statusCode(), "the session survived the restart too: " + log.body());
            var events = json(log).getJsonArray("events").getValuesAs(JsonObject.class);
            assertEquals(List.of("notify title=third", "notify title=second", "notify title=first"),
                    events.stream().map(event -> event.getString("detail")).toList());
            assertEquals(Long.parseLong(database.query("SELECT max(id) FROM audit_events WHERE kind = 'action'"
                    + " AND device_id = '" + agent.deviceId() + "'").strip()), events.get(0).getJsonNumber("id").longValue());
            awaitOnly("still kept", database);
        }
    }

    private static Map<String, String> keptFor30Days(Map<String, String> settings) {
        var kept = new HashMap<>(settings);
        kept.put("DESKRELAY_AUDIT_DAYS", "30");
        return kept;
    }

    /** The sweep at start removed what is older than the days the log keeps, and nothing else. */
    private static void awaitOnly(String detail, ThrowawayPostgres database) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String left;
        while (!(left = database.query("SELECT detail FROM audit_events WHERE account_id = 'a-old'").strip()).equals(detail)
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(detail, left);
    }
}
