package dev.deskrelay.bench.accounts;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

/**
 * One person's calls to the relay's HTTP API (docs/operations.md, the contract's table): JSON in
 * and out, the session cookie kept by hand rather than by a {@code CookieManager}, so that one
 * {@link HttpClient} serves every account the run makes. A refusal throws with the status and the
 * relay's error code, never with what was sent.
 */
final class RelayApi {

    private static final String COOKIE = "deskrelay_session";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;
    private final URI base;
    private String session;

    /** @param base the relay's HTTP base, e.g. {@code http://127.0.0.1:8080/} */
    RelayApi(HttpClient client, URI base) {
        this.client = client;
        this.base = base;
    }

    /** The HTTP base of the relay a WebSocket endpoint ({@code ws://host:port/viewer}) is on. */
    static URI httpBase(URI socket) {
        return URI.create("http://" + socket.getRawAuthority() + "/");
    }

    /** The first account, an administrator, with the code a fresh relay wrote to its data directory. */
    void setUp(String code, Admin admin) {
        call("setup", Json.createObjectBuilder().add("code", code).add("username", admin.username())
                .add("password", admin.password()).build(), 201);
    }

    void signIn(Admin admin) {
        call("session", Json.createObjectBuilder().add("username", admin.username()).add("password", admin.password())
                .build(), 200);
    }

    /** A one-time invite's code; this client is signed in as an administrator. */
    String invite() {
        return call("invites", Json.createObjectBuilder().build(), 201).getString("code");
    }

    /** Joins with an invite; this client is then signed in as the new account. */
    void join(String invite, String username, String password) {
        call("accounts", Json.createObjectBuilder().add("invite", invite).add("username", username)
                .add("password", password).build(), 201);
    }

    /** A new API token of the signed-in account, {@code t-<id>.<secret>}. */
    String newToken(String name) {
        return call("tokens", Json.createObjectBuilder().add("name", name).build(), 201).getString("token");
    }

    /** A rule of the signed-in account (docs/protocol.md, alerts). */
    void newRule(JsonObject rule) {
        call("alerts/rules", rule, 201);
    }

    private JsonObject call(String path, JsonObject body, int expected) {
        var request = HttpRequest.newBuilder(base.resolve("api/" + path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (session != null) {
            request.header("Cookie", COOKIE + "=" + session);
        }
        HttpResponse<String> answer;
        try {
            answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("POST /api/" + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        JsonObject json = object(answer.body());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException("POST /api/" + path + " answered " + answer.statusCode() + " "
                    + json.getString("error", "") + " " + json.getString("message", ""));
        }
        cookie(answer).ifPresent(value -> session = value);
        return json;
    }

    /** The session cookie this answer set, if it set one. */
    static Optional<String> cookie(HttpResponse<?> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(COOKIE + "="))
                .map(header -> header.substring(COOKIE.length() + 1).split(";", 2)[0])
                .filter(value -> !value.isEmpty())
                .findFirst();
    }

    private static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
    }
}
