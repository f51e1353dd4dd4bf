package dev.deskrelay.relay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.glassfish.tyrus.client.ClientManager;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;

/**
 * A raw WebSocket client for tests: it sends text as given, so tests can send what no well-behaved
 * client would, and it keeps every frame it receives for the test to look at in order.
 */
final class RelayClient extends Endpoint implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);
    private static final ClientManager CONTAINER = ClientManager.createClient();

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<CloseReason> closed = new CompletableFuture<>();
    private Session session;

    static RelayClient connect(URL base, String path) {
        return connect(base, path, Map.of());
    }

    /** With extra handshake headers, e.g. the Origin a browser on some page would send. */
    static RelayClient connect(URL base, String path, Map<String, String> headers) {
        var client = new RelayClient();
        var config = ClientEndpointConfig.Builder.create().configurator(new ClientEndpointConfig.Configurator() {
            @Override
            public void beforeRequest(Map<String, List<String>> request) {
                headers.forEach((name, value) -> request.put(name, List.of(value)));
            }
        }).build();
        try {
            client.session = CONTAINER.connectToServer(client, config, endpoint(base, path));
        } catch (DeploymentException | IOException e) {
            throw new IllegalStateException("cannot connect to " + path, e);
        }
        return client;
    }

    /** Arquillian names the machine's address; the relay listens on all, and tests stay on loopback. */
    static URI endpoint(URL base, String path) {
        return URI.create("ws://127.0.0.1:" + base.getPort() + base.getPath().replaceAll("/$", "") + "/" + path);
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) received::add);
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        closed.complete(reason);
    }

    @Override
    public void onError(Session session, Throwable failure) {
        received.add("{\"type\":\"client_error\",\"message\":\"" + failure + "\"}");
    }

    RelayClient send(String text) {
        try {
            session.getBasicRemote().sendText(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** The next frame, which must be of the given type. */
    JsonObject next(String type) {
        JsonObject message = next();
        assertEquals(type, message.getString("type"), "unexpected message " + message);
        return message;
    }

    JsonObject next() {
        String text = poll(WAIT);
        assertNotNull(text, "no message within " + WAIT.toSeconds() + " s");
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** The next frame of the given type, skipping others (telemetry keeps flowing meanwhile). */
    JsonObject nextOf(String type) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject message = next();
            if (type.equals(message.getString("type"))) {
                return message;
            }
        }
        throw new AssertionError("no " + type + " message within " + WAIT.toSeconds() + " s");
    }

    /** The error this client was sent; the relay must keep the connection open after it. */
    JsonObject error(String code) {
        JsonObject error = next("error");
        assertEquals(code, error.getString("code"), error.toString());
        return error;
    }

    String poll(Duration timeout) {
        try {
            return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    void drain() {
        received.clear();
    }

    CloseReason awaitClose(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("the relay did not close the socket within " + timeout.toSeconds() + " s", e);
        }
    }

    /** How the relay closed this socket, if it did within the time; null while it is open. */
    CloseReason closedWithin(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception stillOpen) {
            return null;
        }
    }

    Session session() {
        return session;
    }

    boolean isOpen() {
        return session.isOpen();
    }

    static void closeAll(RelayClient... clients) {
        for (RelayClient client : clients) {
            client.close();
        }
    }

    @Override
    public void close() {
        try {
            if (session.isOpen()) {
                session.close();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
