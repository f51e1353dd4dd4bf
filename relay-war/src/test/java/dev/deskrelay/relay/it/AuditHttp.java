package dev.deskrelay.relay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The audit API over HTTP as an account signed in by the test-only {@link HeaderSignIn}, and the
 * test-only {@link AuditFixture} that fires events: for a relay deployed with both.
 */
final class AuditHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    AuditHttp(int port) {
        this.port = port;
    }

    /** @param account the account signed in, or null for nobody */
    HttpResponse<String> get(String path, String account) {
        var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
        if (account != null) {
            request.header(HeaderSignIn.HEADER, account);
        }
        return send(request.build());
    }

    /** One of {@link AuditFixture}'s calls: {@code events}, {@code accounts} or {@code access}. */
    void fixture(String call, JsonValue body) {
        var answer = send(HttpRequest.newBuilder(uri("/api/test-audit/" + call)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
        assertEquals(204, answer.statusCode(), call + ": " + answer.body());
    }

    /** A page of {@code GET /api/audit}, which must be answered 200. */
    JsonObject read(String account, String query) {
        var answer = get("/api/audit?" + query, account);
        assertEquals(200, answer.statusCode(), answer.body());
        return json(answer.body());
    }

    /** The log writes in the background: waits until the account's newest page holds that many. */
    JsonObject awaitEvents(String account, int count) throws InterruptedException {
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

    static JsonObject event(String kind, String account, String actor, String device, String detail, String outcome) {
        var event = Json.createObjectBuilder().add("kind", kind).add("account", account).add("actor", actor)
                .add("address", "198.51.100.9").add("outcome", outcome);
        event.add("device", device == null ? JsonValue.NULL : Json.createValue(device));
        event.add("detail", detail == null ? JsonValue.NULL : Json.createValue(detail));
        return event.build();
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
