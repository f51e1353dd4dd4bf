package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The channels' API on the relay as built, with no mail server configured: it still takes an
 * e-mail channel, whose test then fails with a clear status; bad channels are typed refusals;
 * another account neither lists, tests nor deletes one.
 */
class ChannelsIT extends BuiltRelayIT {

    @Test
    void anEmailChannelWithoutAMailServerFailsSayingSo() throws InterruptedException {
        var owner = People.newPerson(base);
        var created = owner.client().post("/api/alerts/channels", Json.createObjectBuilder().add("name", "ops mail")
                .add("kind", "email").add("target", "ops@example.com").add("minSeverity", "warning").build());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject channel = json(created);
        assertTrue(channel.getString("id").startsWith("c-"), channel.toString());
        assertFalse(channel.containsKey("secret"), "an e-mail channel has none");
        assertEquals(202, owner.client().post("/api/alerts/channels/" + channel.getString("id") + "/test",
                Json.createObjectBuilder().build()).statusCode());

        JsonObject status = channel.getJsonObject("status");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!status.getBoolean("failing") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = json(owner.client().get("/api/alerts/channels")).getJsonArray("channels").getJsonObject(0)
                    .getJsonObject("status");
        }
        assertTrue(status.getBoolean("failing"), status.toString());
        assertTrue(status.getString("lastError").contains("no SMTP server is set"), status.toString());
        assertTrue(status.isNull("lastSuccessAt"), status.toString());
    }

    @Test
    void badChannelsAreRefusedAndOthersCannotTouchOnes() {
        var owner = People.newPerson(base);
        assertEquals("bad_target", refusal(owner, "webhook", "ftp://example.com/hook"));
        assertEquals("bad_target", refusal(owner, "email", "not an address"));
        assertEquals("bad_kind", refusal(owner, "pager", "https://example.com"));
        var hook = json(owner.client().post("/api/alerts/channels", Json.createObjectBuilder().add("name", "hook")
                .add("kind", "webhook").add("target", "https://hooks.example.com/x").add("minSeverity", "critical")
                .build()));
        String id = hook.getString("id");
        assertEquals(43, hook.getString("secret").length(), "made by the relay: 32 random bytes, base64url");
        assertFalse(owner.client().get("/api/alerts/channels").body().contains(hook.getString("secret")));

        var stranger = People.newPerson(base);
        assertTrue(json(stranger.client().get("/api/alerts/channels")).getJsonArray("channels").isEmpty());
        assertEquals(404, stranger.client().post("/api/alerts/channels/" + id + "/test",
                Json.createObjectBuilder().build()).statusCode());
        assertEquals(404, stranger.client().delete("/api/alerts/channels/" + id).statusCode());
        assertEquals(204, owner.client().delete("/api/alerts/channels/" + id).statusCode());
        assertTrue(json(owner.client().get("/api/alerts/channels")).getJsonArray("channels").isEmpty());
    }

    private static String refusal(People.Person person, String kind, String target) {
        var answer = person.client().post("/api/alerts/channels", Json.createObjectBuilder().add("name", "x")
                .add("kind", kind).add("target", target).add("minSeverity", "info").build());
        assertEquals(400, answer.statusCode(), answer.body());
        return json(answer).getString("error");
    }
}
