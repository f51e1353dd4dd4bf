package dev.deskrelay.relay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.deskrelay.harness.ThrowawayPostgres;

/**
 * {@code ./run} as a person uses it, in a copy of the repository whose Maven wrapper only notes that
 * it was called, so the script starts the jars this build made.
 */
class RunScriptIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("payara.preboot")).getParent().getParent();
    private static final Path RELAY_TARGET = Path.of(System.getProperty("relay.war")).getParent();
    private static final String STALE_READY = "Payara Micro 6 (build 1) ready in 1 (ms)\n\"Context Root\": \"/\"\n";

    private Path sandbox;
    private int port;

    @BeforeEach
    void copyTheRepository() throws IOException {
        // ./run cluster keeps its PostgreSQL in the sandbox, which the postgres user must be able to enter
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        sandbox = Files.createTempDirectory(ThrowawayPostgres.enterable(tmp) ? tmp : Path.of("/tmp"), "run-script");
        // and so must the sandbox itself
        Files.setPosixFilePermissions(sandbox, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.copy(REPOSITORY.resolve("run"), sandbox.resolve("run"));
        Files.writeString(sandbox.resolve("mvnw"), "#!/bin/sh\necho \"$*\" >> \"$(dirname \"$0\")/builds\"\n");
        sandbox.resolve("mvnw").toFile().setExecutable(true);
        Files.createDirectories(sandbox.resolve("payara-config"));
        try (Stream<Path> config = Files.list(REPOSITORY.resolve("payara-config"))) {
            for (Path file : config.toList()) {
                Files.copy(file, sandbox.resolve("payara-config").resolve(file.getFileName()));
            }
        }
        Path target = Files.createDirectories(sandbox.resolve("relay-war/target"));
        for (String built : List.of("payara-micro.jar", "relay.war", "lib")) {
            Files.createSymbolicLink(target.resolve(built), RELAY_TARGET.resolve(built));
        }
        Path agentTarget = Files.createDirectories(sandbox.resolve("agent-standalone/target"));
        Files.createSymbolicLink(agentTarget.resolve("deskrelay-agent.jar"), Path.of(System.getProperty("agent.jar")));
        port = RelayProcess.freePort();
    }

    @AfterEach
    void removeASandboxOutsideTarget() throws IOException {
        if (sandbox.startsWith("/tmp")) {
            try (Stream<Path> files = Files.walk(sandbox)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @Test
    void aRelayIsReadyWhenItSaysSoAndASecondOnItsPortIsRefusedAtOnceTouchingNothing() throws IOException {
        Path instance = sandbox.resolve("target/run/relay-" + port);
        Files.createDirectories(instance);
        // what earlier runs left: ready lines that say nothing about this run
        Files.writeString(sandbox.resolve("target/run/relay.log"), STALE_READY);
        Files.writeString(instance.resolve("relay.log"), STALE_READY);

        try (Script first = Script.start(sandbox, port, "relay")) {
            first.awaitOut("Relay ready", Duration.ofMinutes(3));
            first.awaitOut("First start: create the administrator account with the setup code ", Duration.ofSeconds(5));
            HttpResponse<String> ready = new RelayHttp(port).get("/health/ready");
            assertEquals(200, ready.statusCode(), "ready only once the relay says so: " + ready.body());
            assertTrue(ready.body().contains("database"), ready.body());
            assertFalse(first.err().contains("grep") || first.err().contains("No such file"), first.err());

            Path log = instance.resolve("relay.log");
            String logStart = Files.readAllLines(log).get(0);
            long logSize = Files.size(log);
            Map<Path, FileTime> runningFrom = jarsIn(instance);
            List<String> builds = Files.readAllLines(sandbox.resolve("builds"));

            long began = System.nanoTime();
            try (Script second = Script.start(sandbox, port, "relay")) {
                int status = second.awaitExit(Duration.ofSeconds(20));
                assertNotEquals(0, status, second.err());
                assertTrue(second.err().contains("Port " + port + " is already in use"), second.err());
                assertTrue(Duration.ofNanos(System.nanoTime() - began).toSeconds() < 10, "fails fast");
            }

            assertEquals(builds, Files.readAllLines(sandbox.resolve("builds")), "refused before building");
            assertTrue(first.alive(), first.err());
            assertEquals(200, new RelayHttp(port).get("/health/ready").statusCode(), "the first relay serves on");
            assertEquals(logStart, Files.readAllLines(log).get(0), "its log is not overwritten");
            assertTrue(Files.size(log) >= logSize, "its log is not truncated");
            assertEquals(runningFrom, jarsIn(instance), "its jars are not replaced");
        }
    }

    @Test
    void aPortTakenByAnotherProgramIsNamedBeforeAnythingIsBuilt() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(port));
            try (Script run = Script.start(sandbox, port, "relay")) {
                assertNotEquals(0, run.awaitExit(Duration.ofSeconds(20)), run.err());
                assertTrue(run.err().contains("Port " + port + " is already in use"), run.err());
                assertTrue(run.err().contains("pid " + ProcessHandle.current().pid()), "names who: " + run.err());
            }
        }
        assertFalse(Files.exists(sandbox.resolve("builds")), "nothing built");
    }

    @Test
    void aClusterStartsBehindHaproxyOnItsOwnPostgresqlAndCtrlCStopsAllOfIt() throws IOException {
        Path cluster = sandbox.resolve("target/run/cluster-" + port);
        List<Long> started;
        try (Script run = Script.start(sandbox, port, "cluster", Map.of("DESKRELAY_NODES", "2"))) {
            run.awaitOut("Cluster ready: open http://localhost:" + port + "/", Duration.ofMinutes(5));
            HttpResponse<String> ready = new RelayHttp(port).get("/health/ready");
            assertEquals(200, ready.statusCode(), "a node answers through HAProxy: " + ready.body());
            assertTrue(run.out().contains("Node 2 ready"), run.out());
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(cluster.resolve("db-password")));
            String password = Files.readString(cluster.resolve("db-password"));
            assertFalse(run.out().contains(password) || run.err().contains(password), "the password is never printed");
            assertTrue(Files.exists(cluster.resolve("postgres/data/postmaster.pid")), "its own PostgreSQL runs");
            started = run.descendants();
            run.interrupt();
            assertEquals(130, run.awaitExit(Duration.ofSeconds(90)), run.err());
        }
        assertFalse(Files.exists(cluster.resolve("postgres/data/postmaster.pid")), "PostgreSQL stopped");
        assertTrue(started.stream().noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)),
                "the nodes and HAProxy stopped");
    }

    @Test
    void aTermWhileTheRelayStartsEndsTheRunAndTheRelay() {
        List<Long> started;
        try (Script run = Script.start(sandbox, port, "relay")) {
            run.awaitJava(Duration.ofSeconds(30));
            started = run.descendants();
            run.terminate();
            assertEquals(143, run.awaitExit(Duration.ofSeconds(60)), run.err());
            assertFalse(run.err().contains("stopped while starting"), "the start does not carry on: " + run.err());
        }
        assertTrue(started.stream().noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)),
                "the relay stopped");
    }

    @Test
    void aCtrlCWhileTheFirstNodeStartsEndsTheRunWithoutStartingMore() {
        Path cluster = sandbox.resolve("target/run/cluster-" + port);
        try (Script run = Script.start(sandbox, port, "cluster", Map.of("DESKRELAY_NODES", "2"))) {
            run.awaitOut("Starting 2 relay nodes", Duration.ofMinutes(2));
            run.awaitJava(Duration.ofSeconds(30));
            run.interrupt();
            assertEquals(130, run.awaitExit(Duration.ofSeconds(60)), run.err());
            assertFalse(run.err().contains("stopped while starting"), "the start does not carry on: " + run.err());
        }
        assertFalse(Files.exists(cluster.resolve("node2")), "no second node launched");
        assertFalse(Files.exists(cluster.resolve("postgres/data/postmaster.pid")), "PostgreSQL stopped");
    }

    @Test
    void aPostgresqlThatAnEarlierRunLeftHalfMadeIsMadeAgain() throws IOException {
        Path cluster = sandbox.resolve("target/run/cluster-" + port);
        // what a Ctrl-C or a failing psql between initdb and creating the user left
        Files.createDirectories(cluster.resolve("postgres/data"));
        Files.writeString(cluster.resolve("postgres/data/PG_VERSION"), "15\n");
        Files.writeString(cluster.resolve("db-password"), "0123456789abcdef");
        Files.setPosixFilePermissions(cluster.resolve("db-password"), PosixFilePermissions.fromString("rw-------"));
        try (Script run = Script.start(sandbox, port, "cluster", Map.of("DESKRELAY_NODES", "1"))) {
            run.awaitOut("Starting 1 relay nodes", Duration.ofMinutes(2));
            assertTrue(Files.exists(cluster.resolve("postgres/made")), "made once its user and database are");
            run.interrupt();
            assertEquals(130, run.awaitExit(Duration.ofSeconds(60)), run.err());
        }
    }

    @Test
    void aClusterOfNoNodesIsRefusedBeforeAnythingIsBuilt() {
        assertRefusedBeforeBuilding(List.of("cluster"), Map.of("DESKRELAY_NODES", "0"),
                "DESKRELAY_NODES must be a number of nodes from 1 to 9");
    }

    @Test
    void aSecondArgumentIsRefusedBeforeAnythingIsBuilt() {
        assertRefusedBeforeBuilding(List.of("cluster", "2"), Map.of(), "usage: ./run [relay|agent|cluster]");
    }

    @Test
    void aDatabaseNameThatIsNoPlainSqlNameIsRefusedBeforeAnythingIsBuilt() {
        assertRefusedBeforeBuilding(List.of("cluster"), Map.of("DESKRELAY_DB_NAME", "relay; DROP ROLE x"),
                "DESKRELAY_DB_USER and DESKRELAY_DB_NAME");
    }

    /** ./run with these arguments and settings ends at once with status 2, saying why, having built nothing. */
    private void assertRefusedBeforeBuilding(List<String> arguments, Map<String, String> settings, String why) {
        try (Script run = Script.start(sandbox, port, arguments, settings)) {
            assertEquals(2, run.awaitExit(Duration.ofSeconds(20)), run.err());
            assertTrue(run.err().contains(why), run.err());
        }
        assertFalse(Files.exists(sandbox.resolve("builds")), "nothing built");
    }

    @Test
    void aSettingTheRelayCannotUnderstandIsNamedAndEndsTheRunWithStatusTwo() {
        try (Script run = Script.start(sandbox, port, "relay", Map.of("DESKRELAY_ALLOWED_ORIGINS", "dash.example.com"))) {
            assertEquals(2, run.awaitExit(Duration.ofMinutes(3)), run.err());
            assertTrue(run.err().contains("deskrelay.allowed-origins=\"dash.example.com\""), run.err());
        }
    }

    @Test
    void aSecondLocalAgentIsRefusedWhileTheFirstRunsFromItsCopy() throws IOException {
        // no relay on that port: the agent keeps trying, which is all this needs
        try (Script first = Script.start(sandbox, port, "agent")) {
            first.awaitErr("reconnecting in", Duration.ofSeconds(60));
            Map<Path, FileTime> runningFrom = jarsIn(sandbox.resolve("target/run/agent"));

            try (Script second = Script.start(sandbox, port, "agent")) {
                assertNotEquals(0, second.awaitExit(Duration.ofSeconds(20)), second.err());
                assertTrue(second.err().contains("The local agent that ./run started is running already"),
                        second.err());
            }
            assertTrue(first.alive(), first.err());
            assertEquals(1, Files.readAllLines(sandbox.resolve("builds")).size(), "refused before building");
            assertEquals(runningFrom, jarsIn(sandbox.resolve("target/run/agent")), "its jar is not replaced");
        }
    }

    /** The jars and WARs in a directory, with when each was last written. */
    private static Map<Path, FileTime> jarsIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".jar") || file.toString().endsWith(".war"))
                    .collect(Collectors.toMap(Function.identity(), RunScriptIT::modified));
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ./run} in the sandbox, its output kept; closing stops it as Ctrl-C would, and all it started. */
    private static final class Script implements AutoCloseable {

        private final Process process;
        private final List<String> out = new CopyOnWriteArrayList<>();
        private final List<String> err = new CopyOnWriteArrayList<>();
        private final List<Thread> readers;

        private Script(Process process) {
            this.process = process;
            readers = List.of(read(process.getInputStream(), out), read(process.getErrorStream(), err));
        }

        static Script start(Path sandbox, int port, String mode) {
            return start(sandbox, port, mode, Map.of());
        }

        /** @param settings the relay's settings as environment variables, as a person gives them to {@code ./run} */
        static Script start(Path sandbox, int port, String mode, Map<String, String> settings) {
            return start(sandbox, port, List.of(mode), settings);
        }

        static Script start(Path sandbox, int port, List<String> arguments, Map<String, String> settings) {
            ProcessBuilder builder = new ProcessBuilder(
                    Stream.concat(Stream.of("bash", sandbox.resolve("run").toString()), arguments.stream()).toList());
            builder.environment().keySet().removeIf(name -> name.startsWith("DESKRELAY_"));
            builder.environment().put("DESKRELAY_PORT", Integer.toString(port));
            builder.environment().put("DESKRELAY_DATA_DIR", sandbox.resolve("data").toString());
            builder.environment().putAll(settings);
            try {
                return new Script(builder.start());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void awaitOut(String text, Duration limit) {
            await(out, text, limit);
        }

        void awaitErr(String text, Duration limit) {
            await(err, text, limit);
        }

        private void await(List<String> lines, String text, Duration limit) {
            await(() -> lines.stream().anyMatch(line -> line.contains(text)), "print " + text, limit);
        }

        /** Waits until the script has launched a JVM, a relay or node it starts. */
        void awaitJava(Duration limit) {
            await(() -> process.descendants().anyMatch(child -> child.info().command().orElse("").endsWith("/java")),
                    "launch java", limit);
        }

        private void await(BooleanSupplier done, String what, Duration limit) {
            long deadline = System.nanoTime() + limit.toNanos();
            while (!done.getAsBoolean()) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("./run did not " + what + "; it printed:\n" + String.join("\n", out)
                            + "\n" + err());
                }
                sleep();
            }
        }

        int awaitExit(Duration limit) {
            try {
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new AssertionError("./run was still running after " + limit.toSeconds() + " s:\n" + err());
                }
                for (Thread reader : readers) {
                    reader.join(5000);
                }
                return process.exitValue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        boolean alive() {
            return process.isAlive();
        }

        /** SIGINT, as Ctrl-C in a terminal sends it. */
        void interrupt() {
            signal("INT");
        }

        /** SIGTERM, as a service manager or {@code kill} sends it. */
        void terminate() {
            signal("TERM");
        }

        private void signal(String name) {
            try {
                new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        List<Long> descendants() {
            return process.descendants().map(ProcessHandle::pid).toList();
        }

        String out() {
            return String.join("\n", out);
        }

        String err() {
            return String.join("\n", err);
        }

        private static Thread read(InputStream stream, List<String> lines) {
            Thread reader = new Thread(() -> {
                try (var in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                    in.lines().forEach(lines::add);
                } catch (IOException | UncheckedIOException ended) {
                    // the script is gone; what it printed is kept
                }
            }, "run-output");
            reader.setDaemon(true);
            reader.start();
            return reader;
        }

        private static void sleep() {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            List<ProcessHandle> started = process.descendants().toList();
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            started.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
