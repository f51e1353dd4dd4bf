package dev.deskrelay.harness;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * HAProxy in front of relay nodes, with the project's own configuration ({@link HaproxyConfig}),
 * its front on 127.0.0.1 and a free port. Ready once a request through it reaches a ready node.
 */
public final class Haproxy implements AutoCloseable {

    private static final String FRONT = "127.0.0.1";
    /** Debian's place for it, which a non-root user's PATH often lacks. */
    private static final Path SYSTEM_BINARY = Path.of("/usr/sbin/haproxy");
    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path log;

    private Haproxy(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * @param template the project's {@code haproxy.cfg}
     * @param dir where its concrete configuration and its log go
     */
    public static Haproxy start(Path template, Path dir, List<HaproxyConfig.Server> servers) {
        Path binary = binary(System.getenv().getOrDefault("PATH", ""));
        try {
            Files.createDirectories(dir);
            int port = FreePorts.one();
            Path config = Files.writeString(dir.resolve(HaproxyConfig.FILE),
                    HaproxyConfig.render(Files.readString(template), FRONT, port, servers));
            Path log = dir.resolve("haproxy.log");
            Process process = new ProcessBuilder(binary.toString(), "-db", "-f", config.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            var haproxy = new Haproxy(process, port, log);
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

    /** The first {@code haproxy} on the PATH, else Debian's. */
    static Path binary(String pathVariable) {
        Stream<Path> onPath = Stream.of(pathVariable.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "haproxy"));
        return Stream.concat(onPath, Stream.of(SYSTEM_BINARY))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "HAProxy is not installed (not on the PATH, no " + SYSTEM_BINARY + "): apt-get install haproxy"));
    }

    /** Where browsers and agents connect, as http: a WebSocket client makes it ws. */
    public URI base() {
        return URI.create("http://" + FRONT + ":" + port + "/");
    }

    private void awaitReady() {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(base().resolve("/health/ready")).timeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy stopped while starting (exit " + process.exitValue() + "):\n" + log());
            }
            try {
                try {
                    if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet, or no node checked healthy yet
                }
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new IllegalStateException("HAProxy did not reach a ready node within " + STARTUP.toSeconds() + " s:\n" + log());
    }

    private String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(its log " + log + " can't be read: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
