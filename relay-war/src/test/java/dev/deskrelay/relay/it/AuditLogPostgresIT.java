package dev.deskrelay.relay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.deskrelay.harness.ThrowawayPostgres;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The audit log's rows numbered by PostgreSQL's identity column, read back in order, none lost
 * to a stop that comes right after they were fired; at the next start, those older than
 * {@code deskrelay.audit-days} are removed. The relay
 * runs as {@code DESKRELAY_DATABASE=postgresql ./run} starts it, with the TEST-ONLY
 * {@link HeaderSignIn} and {@link AuditFixture} added to its WAR, as in {@link AuditLogIT}.
 */
class AuditLogPostgresIT {

    @Test
    void eventsAreNumberedByPostgresqlInTheOrderFiredSurviveAStopAndAreKeptTheirDays(@TempDir Path data, @TempDir Path wars) throws InterruptedException {
        Path war = wars.resolve("relay.war");
        RelayWar.asBuilt().addClasses(HeaderSignIn.class, AuditFixture.class).as(ZipExporter.class).exportTo(war.toFile());
        // fsync off: a test server's data need not survive a crash of the machine
        try (var database = ThrowawayPostgres.start(Path.of(System.getProperty("java.io.tmpdir")), Map.of("fsync", "off"));
                var relay = deploying(war, () -> RelayProcess.start(data, keptFor30Days(database.settings())))) {
            var http = new AuditHttp(relay.port());
            var events = Json.createArrayBuilder();
            for (String detail : List.of("first", "second", "third")) {
                events.add(AuditHttp.event("action", "a-pg", "pg", "d-pg", detail, "ok"));
            }
            http.fixture("events", events.build());
            long day = Duration.ofDays(1).toMillis();
            database.query("INSERT INTO audit_events (at, account_id, kind, detail) VALUES ("
                    + (System.currentTimeMillis() - 31 * day) + ", 'a-old', 'action', 'past its time'), ("
                    + (System.currentTimeMillis() - 29 * day) + ", 'a-old', 'action', 'still kept')");
            // at once, most likely before the next drain: the stop writes what is still queued
            relay.stop();
            deploying(war, () -> {
                relay.start();
                return relay;
            });

            var page = http.awaitEvents("a-pg", 3);
            assertEquals(List.of("third", "second", "first"), page.getJsonArray("events").getValuesAs(JsonObject.class)
                    .stream().map(event -> event.getString("detail")).toList());
            assertEquals("3", database.query("SELECT count(*) FROM audit_events WHERE account_id = 'a-pg'").strip());
            assertEquals(Long.parseLong(database.query("SELECT max(id) FROM audit_events WHERE account_id = 'a-pg'").strip()),
                    page.getJsonArray("events").getJsonObject(0).getJsonNumber("id").longValue());
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

    /** RelayProcess deploys the WAR that {@code relay.war} names as it launches: this one, for now. */
    private static RelayProcess deploying(Path war, Supplier<RelayProcess> launch) {
        String built = System.getProperty("relay.war");
        System.setProperty("relay.war", war.toString());
        try {
            return launch.get();
        } finally {
            System.setProperty("relay.war", built);
        }
    }
}
