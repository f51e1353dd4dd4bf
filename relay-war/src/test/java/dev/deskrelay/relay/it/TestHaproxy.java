package dev.deskrelay.relay.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.Socket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Debian's HAProxy with {@code payara-config/haproxy.cfg}, the balancer {@code ./run cluster} starts,
 * in front of the given relay ports, on a free port of its own.
 */
final class TestHaproxy implements AutoCloseable {

    private static final Path CONFIG = Path.of(System.getProperty("payara.preboot")).resolveSibling("haproxy.cfg");
    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final int port;
    private final Path log;
    private final Process process;

    private TestHaproxy(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** @param nodes the relays' HTTP ports, named node1, node2, ... in order */
    static TestHaproxy start(Path dir, List<Integer> nodes) {
        try {
            Files.createDirectories(dir);
            Path config = dir.resolve("haproxy.cfg");
            // the servers go at the end, in the backend, as ./run cluster appends them
            Files.writeString(config, Files.readString(CONFIG) + IntStream.range(0, nodes.size())
                    .mapToObj(i -> "    server node" + (i + 1) + " 127.0.0.1:" + nodes.get(i) + " check\n")
                    .collect(Collectors.joining()));
            int port = RelayProcess.freePort();
            Path log = dir.resolve("haproxy.log");
            var builder = new ProcessBuilder("haproxy", "-db", "-f", config.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("DESKRELAY_PORT", Integer.toString(port));
            var haproxy = new TestHaproxy(port, log, builder.start());
            try {
                haproxy.awaitListening();
            } catch (AssertionError e) {
                haproxy.close();
                throw e;
            }
            return haproxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("HAProxy stopped while starting:\n" + Files.readString(log));
            }
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException notYet) {
                RelayProcess.sleep(100);
            }
        }
        throw new AssertionError("HAProxy did not listen within " + STARTUP.toSeconds() + " s:\n" + Files.readString(log));
    }

    URL base() {
        try {
            return new URL("http://127.0.0.1:" + port + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What HAProxy said: servers going down and up. */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        RelayProcess.stop(process, Duration.ofSeconds(10));
    }
}
