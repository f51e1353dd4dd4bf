package dev.deskrelay.relay.it;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.deskrelay.harness.FreePorts;

/**
 * The relay started the way {@code ./run} starts it, for tests that must stop and start it again
 * on the same port and data directory, which an Arquillian deployment cannot.
 */
final class RelayProcess implements AutoCloseable {

    private static final String DEFAULT_HEAP = "-Xmx512m";
    private static final Duration STARTUP = Duration.ofMinutes(2);
    /** Payara's "Data Grid Status" report, logged at start and at each member added or removed. */
    private static final Pattern GRID_SIZE = Pattern.compile("DG Size: (\\d+)");

    private final int port;
    private final Path dataDir;
    private final Map<String, String> settings;
    private final Path log;
    private final List<String> jvmOptions;
    private final GridMember member;
    private Process process;

    private RelayProcess(int port, Path dataDir, List<String> jvmOptions, Map<String, String> settings, GridMember member) {
        ApiClient.dataDirectory(port, dataDir);
        this.port = port;
        this.dataDir = dataDir;
        this.settings = settings;
        this.log = dataDir.resolve("relay.log");
        this.jvmOptions = jvmOptions;
        this.member = member;
    }

    /**
     * A node of a data grid on loopback, as {@code ./run cluster} starts them.
     *
     * @param cluster the grid's name, unique per test, so that two tests' grids never merge
     * @param members every member's grid address, {@code 127.0.0.1:5910,127.0.0.1:5911}
     */
    record GridMember(String cluster, String members, int gridPort, String name) {

        List<String> payaraArguments() {
            return List.of("--clustermode", "tcpip:" + members, "--startport", Integer.toString(gridPort),
                    "--interfaces", "127.0.0.1", "--clustername", cluster, "--name", name);
        }
    }

    static RelayProcess start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /**
     * @param settings environment variables, as an operator gives the relay's settings to {@code ./run}
     * @throws Stopped if the relay stopped instead of becoming ready
     */
    static RelayProcess start(Path dataDir, Map<String, String> settings) {
        return start(new RelayProcess(freePort(), dataDir, List.of(DEFAULT_HEAP), settings, null));
    }

    /** A node of a grid, not started yet: {@link RelayCluster} starts its nodes together. */
    static RelayProcess node(Path dataDir, Map<String, String> settings, GridMember member) {
        return new RelayProcess(freePort(), dataDir, List.of(DEFAULT_HEAP), settings, member);
    }

    /** With the heap and settings given as JVM options, e.g. {@code -Ddeskrelay.idle-timeout-seconds=6}. */
    static RelayProcess start(Path dataDir, List<String> jvmOptions) {
        return start(new RelayProcess(freePort(), dataDir, jvmOptions, Map.of(), null));
    }

    private static RelayProcess start(RelayProcess relay) {
        relay.start();
        return relay;
    }

    /** The relay ended while starting. */
    static final class Stopped extends AssertionError {

        final int exitStatus;
        final String log;

        Stopped(int exitStatus, String log) {
            super("the relay stopped while starting, exit status " + exitStatus + ":\n" + log);
            this.exitStatus = exitStatus;
            this.log = log;
        }
    }

    URL base() {
        try {
            return new URL("http://127.0.0.1:" + port + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where this relay keeps its files, its setup code among them. */
    Path dataDir() {
        return dataDir;
    }

    int port() {
        return port;
    }

    void start() {
        launch();
        awaitReady();
    }

    /** Starts the process without waiting for it to become ready. */
    void launch() {
        String tmp = System.getProperty("java.io.tmpdir");
        try {
            var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + tmp, "-Ddeskrelay.data.dir=" + dataDir));
            command.addAll(jvmOptions);
            // one option a line, as ./run reads them
            Files.readAllLines(Path.of(System.getProperty("payara.jvmOptions"))).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(command::add);
            command.addAll(List.of("-jar", System.getProperty("payara.microJar")));
            command.addAll(member == null ? List.of("--nocluster") : member.payaraArguments());
            command.addAll(List.of("--port", Integer.toString(port), "--contextroot", "/",
                    "--prebootcommandfile", System.getProperty("payara.preboot")));
            command.addAll(databaseArguments());
            command.addAll(List.of("--deploy", System.getProperty("relay.war")));
            Files.createDirectories(dataDir);
            Files.deleteIfExists(log);
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(settings);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The post-boot commands and libraries {@code ./run} picks for the DESKRELAY_DATABASE given. */
    private List<String> databaseArguments() {
        Path postBoot = Path.of(System.getProperty("payara.postboot"));
        String libs = System.getProperty("payara.libs");
        if ("postgresql".equals(settings.get("DESKRELAY_DATABASE"))) {
            postBoot = postBoot.resolveSibling("post-boot-commands-postgresql.asadmin");
            libs += ":" + Path.of(libs).resolveSibling("postgresql.jar"); // Payara splits --addlibs at ":"
        }
        return List.of("--postbootcommandfile", postBoot.toString(), "--addlibs", libs);
    }

    /** Waits until the relay is deployed and serving; stops it if it ended or failed instead. */
    void awaitReady() {
        try {
            awaitDeployed();
        } catch (AssertionError e) {
            close(); // nobody else holds it to stop it
            throw e;
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    private void awaitDeployed() throws IOException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(" ready in ")) {
                // Payara Micro says ready even when the deployment failed, as ./run knows too
                if (!Files.readString(log).contains("\"Context Root\": \"/\"")) {
                    throw new AssertionError("Payara Micro started but relay.war did not deploy:\n" + Files.readString(log));
                }
                return;
            }
            if (!process.isAlive()) {
                throw new Stopped(process.exitValue(), Files.readString(log));
            }
            sleep(200);
        }
        throw new AssertionError("the relay did not start within " + STARTUP.toSeconds() + " s");
    }

    /** SIGTERM and wait, as a service manager stops it. */
    /** Everything the relay wrote since it was last started, to stdout and stderr alike. */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many members this node's data grid had when Payara last reported it; 0 before it did. */
    int gridSize() {
        Matcher size = GRID_SIZE.matcher(log());
        int last = 0;
        while (size.find()) {
            last = Integer.parseInt(size.group(1));
        }
        return last;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL, as a crash or the OOM killer ends it: nothing of the relay runs after it. */
    void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A full collection, so that the used heap read next is what is live, not garbage awaiting a collection. */
    void collectGarbage() {
        try {
            var jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), "GC.run").redirectErrorStream(true).start();
            jcmd.getInputStream().transferTo(OutputStream.nullOutputStream());
            if (!jcmd.waitFor(30, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
                throw new AssertionError("jcmd GC.run failed on the relay");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop() {
        stop(process, Duration.ofSeconds(60));
    }

    /** SIGTERM, and SIGKILL if the process has not ended within the grace; for the servers tests start. */
    static void stop(Process process, Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Below the ephemeral range: Payara binds this port seconds after it is picked, and a port from
     * that range ({@code new ServerSocket(0)}) can meanwhile become the local port of any outgoing
     * connection on the machine, the test's own to other relays among them.
     */
    static int freePort() {
        return FreePorts.one();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            stop();
        }
    }
}
