package dev.deskrelay.relay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/**
 * One browser's view of the HTTP API: JSON calls with its own cookie jar, as the page makes them.
 * {@link #admin} is how any IT gets an administrator, whichever IT ran first on the shared data
 * directory: the first one sets the relay up with the setup code the relay wrote there, later
 * ones sign in with the same fixed name and password.
 */
final class ApiClient {

    static final String ADMIN = "it-admin";
    static final String ADMIN_PASSWORD = "it-admin-password";

    /** Relays a test started itself, by port, and the data directory each writes its setup code to. */
    private static final Map<Integer, Path> DATA_DIRS = new ConcurrentHashMap<>();
    private static final Map<Integer, ApiClient> ADMINS = new ConcurrentHashMap<>();

    private final URL base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    ApiClient(URL base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * A client signed in as the relay's administrator, setting the relay up first if nobody has.
     * Kept per port while its session lasts: every sign-in costs the relay a PBKDF2 check.
     */
    static ApiClient admin(URL base) {
        return ADMINS.compute(base.getPort(), (port, known) ->
                known != null && known.get("/api/me").statusCode() == 200 ? known : signedInAdmin(base));
    }

    private static ApiClient signedInAdmin(URL base) {
        var admin = new ApiClient(base);
        Optional<String> code = setupCode(base);
        if (code.isPresent() && admin.post("/api/setup", Json.createObjectBuilder().add("code", code.get())
                .add("username", ADMIN).add("password", ADMIN_PASSWORD).build()).statusCode() == 201) {
            return admin;
        }
        admin.signIn(ADMIN, ADMIN_PASSWORD);
        return admin;
    }

    /** A relay a test started itself writes its setup code to its own data directory, not Arquillian's. */
    static void dataDirectory(int port, Path dataDir) {
        DATA_DIRS.put(port, dataDir);
    }

    /** What the Arquillian relay wrote to its data directory while it had no account. */
    static Optional<String> setupCode() {
        return setupCode(Path.of(System.getProperty("payara.datadir")));
    }

    static Optional<String> setupCode(URL base) {
        Path dataDir = DATA_DIRS.get(base.getPort());
        return dataDir == null ? setupCode() : setupCode(dataDir);
    }

    private static Optional<String> setupCode(Path dataDir) {
        Path file = dataDir.resolve("setup-code");
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ApiClient signIn(String username, String password) {
        var answer = post("/api/session", Json.createObjectBuilder().add("username", username)
                .add("password", password).build());
        assertEquals(200, answer.statusCode(), answer.body());
        return this;
    }

    /** The session cookie's value, as this client holds it. */
    String session() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("deskrelay_session"))
                .map(cookie -> cookie.getValue()).findFirst().orElse("");
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, JsonStructure body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    HttpResponse<String> put(String path, JsonStructure body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + base.getPort() + path))
                .timeout(Duration.ofSeconds(20));
    }

    static JsonObject json(HttpResponse<String> answer) {
        return Json.createReader(new java.io.StringReader(answer.body())).readObject();
    }
}
