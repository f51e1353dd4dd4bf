package dev.deskrelay.bench.relay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.deskrelay.bench.accounts.RelaySetup;

/**
 * Payara Micro with the relay at {@code /} and, if given, the echo WAR at {@code /bench-echo}. It
 * listens on 127.0.0.1 only, from the first moment (the pre-boot file sets the address before the
 * listener starts), plus 127.0.0.2, 127.0.0.3 ... when asked for more destination addresses; the
 * data grid is off and H2 runs without AUTO_SERVER, which would open a TCP port on every interface.
 * As a cluster's {@link Node}, its grid listens on 127.0.0.1 only, beside the other nodes'.
 * Everything it writes (H2, Payara's runtime directory, its log) stays under the work directory.
 */
public final class RelayServer implements AutoCloseable {

    /**
     * How to start it. {@code payaraConfig} (its pre-boot commands and JVM options) and
     * {@code connectionBuffers} are what the relay runs with in production ({@code ./run}), so the
     * benchmark measures the same server; {@code settings} are the relay's MicroProfile Config
     * properties, name=value.
     */
    public record Launch(Path payaraJar, Path relayWar, Path echoWar, Path payaraConfig, Path connectionBuffers,
            Path workDir, String heap, int addresses, List<String> settings, Node node) {
    }

    /**
     * One node of a cluster on loopback instead of a lone relay: Payara Micro joins the data grid
     * of {@code clusterName} over TCP ({@code members}, {@code host:port,...}, its own Hazelcast
     * port {@code gridPort} among them); the grid routing is on when {@code gridRouting}. With a
     * {@code database}, the relay keeps its data in that PostgreSQL, its settings passed in the
     * environment as {@code ./run} does (never on the command line: one of them is a password);
     * without, each node has its own H2.
     */
    public record Node(String clusterName, String name, int gridPort, String members, boolean gridRouting,
            Database database, Path postgresDriver) {
    }

    /** The {@code DESKRELAY_DB_*} settings of a PostgreSQL database. */
    public record Database(String host, int port, String name, String user, String password) {

        Map<String, String> environment() {
            return Map.of("DESKRELAY_DB_HOST", host, "DESKRELAY_DB_PORT", Integer.toString(port), "DESKRELAY_DB_NAME", name,
                    "DESKRELAY_DB_USER", user, "DESKRELAY_DB_PASSWORD", password);
        }

        @Override
        public String toString() {
            return "PostgreSQL " + user + "@" + host + ":" + port + "/" + name;
        }
    }

    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final String ECHO_CONTEXT = "/bench-echo";

    private final Process process;
    private final int port;
    private final Path log;
    private final Path dataDir;
    private final List<String> command;

    private RelayServer(Process process, int port, Path log, Path dataDir, List<String> command) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.dataDir = dataDir;
        this.command = command;
    }

    public static RelayServer start(Launch launch) {
        try {
            Path work = launch.workDir().toAbsolutePath();
            deleteTree(work.resolve("data"));
            deleteTree(work.resolve("tmp"));
            Files.createDirectories(work.resolve("data"));
            Files.createDirectories(work.resolve("tmp"));
            int port = freePort();
            Node node = launch.node();
            var prebootLines = new ArrayList<>(
                    Files.readAllLines(launch.payaraConfig().resolve("pre-boot-commands.asadmin")));
            if (node == null) {
                prebootLines.add("set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false");
            }
            prebootLines.add("set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1");
            Path preboot = Files.write(work.resolve("preboot.asadmin"), prebootLines);
            // what ./run gives the relay, the database pool's size among it
            var postboot = new ArrayList<>(Files.readAllLines(launch.payaraConfig().resolve(
                    node != null && node.database() != null ? "post-boot-commands-postgresql.asadmin" : "post-boot-commands.asadmin")));
            for (int i = 2; i <= launch.addresses(); i++) {
                // the same port on one more loopback address, served exactly as the first listener
                postboot.add("create-network-listener --address=127.0.0." + i + " --listenerport=" + port
                        + " --protocol=http-listener --threadpool=http-thread-pool --target=server-config bench-listener-" + i);
            }
            Path postbootFile = Files.write(work.resolve("postboot.asadmin"), postboot);
            Path log = work.resolve("relay.log");
            var command = new ArrayList<String>(List.of(javaBin(), "-Xmx" + launch.heap(),
                    "-Djava.io.tmpdir=" + work.resolve("tmp"), "-Ddeskrelay.data.dir=" + work.resolve("data")));
            command.addAll(jvmOptions(launch.payaraConfig().resolve("relay-jvm-options")));
            launch.settings().forEach(setting -> command.add("-D" + setting));
            command.addAll(List.of("-jar", launch.payaraJar().toAbsolutePath().toString()));
            command.addAll(node == null ? List.of("--nocluster") : List.of("--clustermode", "tcpip:" + node.members(),
                    "--startport", Integer.toString(node.gridPort()), "--interfaces", "127.0.0.1",
                    "--clustername", node.clusterName(), "--name", node.name()));
            String libs = launch.connectionBuffers().toAbsolutePath().toString();
            if (node != null && node.database() != null) {
                libs += ":" + node.postgresDriver().toAbsolutePath(); // Payara splits --addlibs at ":"
            }
            command.addAll(List.of("--port", Integer.toString(port), "--contextroot", "/",
                    "--prebootcommandfile", preboot.toString(), "--postbootcommandfile", postbootFile.toString(),
                    "--addlibs", libs, "--deploy", launch.relayWar().toAbsolutePath().toString()));
            if (launch.echoWar() != null) {
                command.addAll(List.of("--deploy", launch.echoWar().toAbsolutePath() + ":" + ECHO_CONTEXT));
            }
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            if (node != null) {
                builder.environment().put("DESKRELAY_CLUSTER_ENABLED", Boolean.toString(node.gridRouting()));
                if (node.database() != null) {
                    builder.environment().putAll(node.database().environment());
                }
            }
            Process process = builder.start();
            var server = new RelayServer(process, port, log, work.resolve("data"), List.copyOf(command));
            try {
                server.awaitReady();
            } catch (RuntimeException | Error failure) {
                server.close();
                throw failure;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The relay's WebSocket base on the first address, e.g. ws://127.0.0.1:41234/. */
    public URI base() {
        return URI.create("ws://127.0.0.1:" + port + "/");
    }

    public URI http(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public static String echoPath() {
        return ECHO_CONTEXT.substring(1) + "/echo";
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** The one-time code a fresh relay wrote once ready, to set up its first account with. */
    public Path setupCodeFile() {
        return dataDir.resolve(RelaySetup.SETUP_CODE_FILE);
    }

    public List<String> command() {
        return command;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, no goodbye: a node's loss as the cluster must survive it. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(" ready in ")) {
                requireDeployed();
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped while starting; see " + log);
            }
            sleep(200);
        }
        throw new IllegalStateException("Payara Micro did not start within " + STARTUP.toSeconds() + " s; see " + log);
    }

    /** Payara Micro says ready even when a WAR failed to deploy: ask the relay itself. */
    private void requireDeployed() throws IOException {
        var client = HttpClient.newHttpClient();
        try {
            int status = client.send(HttpRequest.newBuilder(http("/health/ready")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                throw new IllegalStateException("the relay is not ready (" + status + "); see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGTERM, as a service manager stops it; killed if it takes more than a minute. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** One option a line; blank lines and # comments are not options. */
    private static List<String> jvmOptions(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Payara Micro", e);
        }
    }
}
