package dev.deskrelay.relay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The audit log in a running relay: events fired as the relay's code fires them come back
 * through {@code /api/audit}, newest first, a page at a time, filtered, to those who may see
 * them, and as CSV and JSON downloads.
 *
 * <p>Sign-in and the relay's own events are built in parallel with the log, so this deployment
 * adds two TEST-ONLY classes to the WAR: {@link HeaderSignIn}, which signs in whichever account
 * id a request names in {@code X-Test-Account}, and {@link AuditFixture}, which fires events and
 * writes accounts and device access rows. Neither is in the relay as built.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int OWN_ACTIONS = 130;

    @Deployment(testable = false)
    static WebArchive relay() {
        return RelayWar.asBuilt().addClasses(HeaderSignIn.class, AuditFixture.class);
    }

    @ArquillianResource
    URL base;

    // every run on its own ids: the relay's database outlives a deployment
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String admin = "a-admin-" + run;
    private final String owner = "a-owner-" + run;
    private final String viewer = "a-viewer-" + run;
    private final String device = "d-desk-" + run;

    @Test
    void nobodySignedInReadsNothing() {
        for (String path : List.of("/api/audit", "/api/audit.csv", "/api/audit.json?device=d-x")) {
            var answer = get(path, null);
            assertEquals(401, answer.statusCode(), path);
            assertEquals("not_signed_in", json(answer.body()).getString("error"), path);
        }
    }

    @Test
    void eventsComeBackNewestFirstAPageAtATimeToThoseWhoMaySeeThem() throws InterruptedException {
        post("accounts", Json.createObjectBuilder().add("id", admin).add("admin", true).build());
        post("accounts", Json.createObjectBuilder().add("id", owner).add("admin", false).build());
        post("accounts", Json.createObjectBuilder().add("id", viewer).add("admin", false).build());
        post("access", Json.createObjectBuilder().add("device", device).add("account", owner).add("role", "owner").build());
        post("access", Json.createObjectBuilder().add("device", device).add("account", viewer).add("role", "viewer").build());

        long before = System.currentTimeMillis();
        // more than a batch, so the log writes a full batch at once and the rest at its next drain
        JsonArrayBuilder events = Json.createArrayBuilder();
        IntStream.range(0, OWN_ACTIONS).forEach(n -> events.add(event("action", owner, "owner", device,
                "beep #" + n, "ok")));
        events.add(event("share", viewer, "owner", device, "viewer", "ok"));
        events.add(event("sign_in", viewer, "viewer", null, null, "bad_credentials"));
        events.add(event("action", owner, "owner", device, "=HYPERLINK(\"http://x\",\"x\")", "not_allowed"));
        post("events", events.build());

        var newest = awaitEvents(owner, OWN_ACTIONS + 1);
        JsonObject first = newest.getJsonArray("events").getJsonObject(0);
        assertEquals("=HYPERLINK(\"http://x\",\"x\")", first.getString("detail"), "the last fired comes first");
        assertEquals("not_allowed", first.getString("outcome"));
        assertEquals("198.51.100.9", first.getString("address"));
        assertEquals(owner, first.getString("account"));
        assertEquals(device, first.getString("device"));
        assertTrue(first.getJsonNumber("at").longValue() >= before, "the time of firing");

        assertEquals(OWN_ACTIONS + 1, pages(owner, "").size(), "the owner's own events, every one once");
        assertEquals(OWN_ACTIONS + 2, pages(owner, "&device=" + device).size(),
                "and the device's, the share with the viewer too");
        assertEquals(List.of("sign_in", "share"), kinds(read(viewer, "")), "the viewer's own events only");
        assertEquals(List.of("share"), kinds(read(admin, "&account=" + viewer + "&kind=share")),
                "an administrator reads anyone's, filters combined");
        assertEquals(1, read(owner, "&kind=action&limit=1").getJsonArray("events").size());

        assertRefused(viewer, "&device=" + device, 403, "not_allowed");
        assertRefused(viewer, "&account=" + owner, 403, "not_allowed");
        assertRefused(owner, "&limit=1001", 400, "bad_query");
        assertRefused(owner, "&before=yesterday", 400, "bad_query");

        var csv = get("/api/audit.csv?device=" + device, owner);
        assertEquals(200, csv.statusCode());
        assertEquals("attachment; filename=\"deskrelay-audit-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"",
                csv.headers().firstValue("Content-Disposition").orElseThrow());
        String[] rows = csv.body().split("\r\n");
        assertEquals("id,at,account,actor,device,kind,detail,outcome,address", rows[0]);
        assertEquals(OWN_ACTIONS + 3, rows.length, "a header and every event of the device");
        assertTrue(rows[1].contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\",not_allowed,"), rows[1]);

        var download = get("/api/audit.json?device=" + device, owner);
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().endsWith(".json\""));
        assertEquals(OWN_ACTIONS + 2, json(download.body()).getJsonArray("events").size());
    }

    private static JsonObject event(String kind, String account, String actor, String device, String detail,
            String outcome) {
        var event = Json.createObjectBuilder().add("kind", kind).add("account", account).add("actor", actor)
                .add("address", "198.51.100.9").add("outcome", outcome);
        event.add("device", device == null ? JsonValue.NULL : Json.createValue(device));
        event.add("detail", detail == null ? JsonValue.NULL : Json.createValue(detail));
        return event.build();
    }

    /** The log writes in the background: waits until the account's newest page holds that many. */
    private JsonObject awaitEvents(String account, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            JsonObject page = read(account, "&limit=1000");
            if (page.getJsonArray("events").size() >= count || System.nanoTime() > deadline) {
                assertEquals(count, page.getJsonArray("events").size(), "events written");
                return page;
            }
            Thread.sleep(100);
        }
    }

    /** Every event, following the cursor 50 at a time; each id once and falling. */
    private List<Long> pages(String account, String filters) {
        List<Long> ids = new ArrayList<>();
        String cursor = "";
        while (true) {
            JsonObject page = read(account, "&limit=50" + filters + cursor);
            page.getJsonArray("events").getValuesAs(JsonObject.class).forEach(e -> ids.add(e.getJsonNumber("id").longValue()));
            if (page.isNull("next")) {
                break;
            }
            cursor = "&before=" + page.getJsonNumber("next").longValue();
        }
        Set<Long> distinct = new HashSet<>(ids);
        assertEquals(ids.size(), distinct.size(), "no event twice");
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(ids.get(i) < ids.get(i - 1), "newest first");
        }
        return ids;
    }

    private JsonObject read(String account, String query) {
        var answer = get("/api/audit?" + query, account);
        assertEquals(200, answer.statusCode(), answer.body());
        return json(answer.body());
    }

    private void assertRefused(String account, String query, int status, String code) {
        var answer = get("/api/audit?" + query, account);
        assertEquals(status, answer.statusCode(), query);
        assertEquals(code, json(answer.body()).getString("error"), query);
    }

    private static List<String> kinds(JsonObject page) {
        return page.getJsonArray("events").getValuesAs(JsonObject.class).stream().map(e -> e.getString("kind")).toList();
    }

    private HttpResponse<String> get(String path, String account) {
        var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
        if (account != null) {
            request.header(HeaderSignIn.HEADER, account);
        }
        return send(request.build());
    }

    private void post(String fixture, JsonValue body) {
        var answer = send(HttpRequest.newBuilder(uri("/api/test-audit/" + fixture)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
        assertEquals(204, answer.statusCode(), fixture + ": " + answer.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + base.getPort() + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
