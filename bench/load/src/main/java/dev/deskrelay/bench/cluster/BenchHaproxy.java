package dev.deskrelay.bench.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.deskrelay.bench.relay.RelayServer;

/**
 * HAProxy in front of the nodes, with the project's own configuration
 * ({@code payara-config/haproxy.cfg}, as {@code ./run cluster} and the cluster tests use it): one
 * {@code server} line a node appended to its backend, and its front bound to 127.0.0.1 only, on
 * a free port, instead of every interface. Ready once a request through it reaches a ready node.
 */
final class BenchHaproxy implements AutoCloseable {

    static final String CONFIG = "haproxy.cfg";
    private static final Path BINARY = Path.of("/usr/sbin/haproxy");
    private static final String BIND = "bind \":${DESKRELAY_PORT}\"";

    private final Process process;
    private final int port;

    private BenchHaproxy(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static BenchHaproxy start(Path payaraConfig, List<URI> nodes, Path dir) {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("HAProxy is not installed (no " + BINARY + "): apt-get install haproxy");
        }
        try {
            Files.createDirectories(dir);
            int port = RelayServer.freePort();
            Path config = Files.writeString(dir.resolve(CONFIG), config(Files.readString(payaraConfig.resolve(CONFIG)), port, nodes));
            Process process = new ProcessBuilder(BINARY.toString(), "-db", "-f", config.toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("haproxy.log").toFile()).start();
            var haproxy = new BenchHaproxy(process, port);
            try {
                haproxy.awaitReady();
            } catch (RuntimeException failure) {
                haproxy.close();
                throw failure;
            }
            return haproxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project's configuration, its front on 127.0.0.1:{@code port}, a server line a node. */
    static String config(String template, int port, List<URI> nodes) {
        if (!template.contains(BIND)) {
            throw new IllegalStateException(CONFIG + " no longer binds " + BIND + ": the benchmark can't put it on loopback");
        }
        var lines = new ArrayList<String>();
        lines.add(template.replace(BIND, "bind 127.0.0.1:" + port).stripTrailing());
        for (int node = 0; node < nodes.size(); node++) {
            lines.add("    server node" + node + " " + nodes.get(node).getHost() + ":" + nodes.get(node).getPort() + " check");
        }
        return String.join("\n", lines) + "\n";
    }

    URI base() {
        return URI.create("ws://127.0.0.1:" + port + "/");
    }

    private void awaitReady() {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy stopped while starting (exit " + process.exitValue() + ")");
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet, or no node checked healthy yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
        throw new IllegalStateException("HAProxy did not reach a ready node within 30 s");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
