package dev.deskrelay.relay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

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

    private static final int OWN_ACTIONS = 130;

    @Deployment(testable = false)
    static WebArchive relay() {
        return RelayWar.asBuilt().addClasses(HeaderSignIn.class, AuditFixture.class);
    }

    @ArquillianResource
    URL base;
    private AuditHttp http;

    // every run on its own ids: the relay's database outlives a deployment
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String admin = "a-admin-" + run;
    private final String owner = "a-owner-" + run;
    private final String viewer = "a-viewer-" + run;
    private final String device = "d-desk-" + run;

    @BeforeEach
    void connect() {
        http = new AuditHttp(base.getPort());
    }

    @Test
    void nobodySignedInReadsNothing() {
        for (String path : List.of("/api/audit", "/api/audit.csv", "/api/audit.json?device=d-x")) {
            var answer = http.get(path, null);
            assertEquals(401, answer.statusCode(), path);
            assertEquals("not_signed_in", AuditHttp.json(answer.body()).getString("error"), path);
        }
    }

    @Test
    void eventsComeBackNewestFirstAPageAtATimeToThoseWhoMaySeeThem() throws InterruptedException {
        http.fixture("accounts", Json.createObjectBuilder().add("id", admin).add("admin", true).build());
        http.fixture("accounts", Json.createObjectBuilder().add("id", owner).add("admin", false).build());
        http.fixture("accounts", Json.createObjectBuilder().add("id", viewer).add("admin", false).build());
        http.fixture("access", Json.createObjectBuilder().add("device", device).add("account", owner).add("role", "owner").build());
        http.fixture("access", Json.createObjectBuilder().add("device", device).add("account", viewer).add("role", "viewer").build());

        long before = System.currentTimeMillis();
        // more than a batch, so the log writes a full batch at once and the rest at its next drain
        JsonArrayBuilder events = Json.createArrayBuilder();
        IntStream.range(0, OWN_ACTIONS).forEach(n -> events.add(AuditHttp.event("action", owner, "owner", device,
                "beep #" + n, "ok")));
        events.add(AuditHttp.event("share", viewer, "owner", device, "viewer", "ok"));
        events.add(AuditHttp.event("sign_in", viewer, "viewer", null, null, "bad_credentials"));
        events.add(AuditHttp.event("action", owner, "owner", device, "=HYPERLINK(\"http://x\",\"x\")", "not_allowed"));
        http.fixture("events", events.build());

        var newest = http.awaitEvents(owner, OWN_ACTIONS + 1);
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
        assertEquals(List.of("sign_in", "share"), kinds(http.read(viewer, "")), "the viewer's own events only");
        assertEquals(List.of("share"), kinds(http.read(admin, "&account=" + viewer + "&kind=share")),
                "an administrator reads anyone's, filters combined");
        assertEquals(1, http.read(owner, "&kind=action&limit=1").getJsonArray("events").size());

        assertRefused(viewer, "&device=" + device, 403, "not_allowed");
        assertRefused(viewer, "&account=" + owner, 403, "not_allowed");
        assertRefused(owner, "&limit=1001", 400, "bad_query");
        assertRefused(owner, "&before=yesterday", 400, "bad_query");

        LocalDate asked = LocalDate.now(ZoneOffset.UTC);
        var csv = http.get("/api/audit.csv?device=" + device, owner);
        assertEquals(200, csv.statusCode());
        // named by the day the relay answered: the next one if midnight (UTC) passed meanwhile
        String disposition = csv.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(Stream.of(asked, LocalDate.now(ZoneOffset.UTC)).distinct()
                .map(day -> "attachment; filename=\"deskrelay-audit-" + day + ".csv\"").anyMatch(disposition::equals),
                disposition);
        String[] rows = csv.body().split("\r\n");
        assertEquals("id,at,account,actor,device,kind,detail,outcome,address", rows[0]);
        assertEquals(OWN_ACTIONS + 3, rows.length, "a header and every event of the device");
        assertTrue(rows[1].contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\",not_allowed,"), rows[1]);

        var download = http.get("/api/audit.json?device=" + device, owner);
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().endsWith(".json\""));
        assertEquals(OWN_ACTIONS + 2, AuditHttp.json(download.body()).getJsonArray("events").size());
    }

    /** Every event, following the cursor 50 at a time; each id once and falling. */
    private List<Long> pages(String account, String filters) {
        List<Long> ids = new ArrayList<>();
        String cursor = "";
        while (true) {
            JsonObject page = http.read(account, "&limit=50" + filters + cursor);
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

    private void assertRefused(String account, String query, int status, String code) {
        var answer = http.get("/api/audit?" + query, account);
        assertEquals(status, answer.statusCode(), query);
        assertEquals(code, AuditHttp.json(answer.body()).getString("error"), query);
    }

    private static List<String> kinds(JsonObject page) {
        return page.getJsonArray("events").getValuesAs(JsonObject.class).stream().map(e -> e.getString("kind")).toList();
    }
}
