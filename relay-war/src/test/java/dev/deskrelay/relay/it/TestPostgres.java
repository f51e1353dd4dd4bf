package dev.deskrelay.relay.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server of the test's own: a fresh cluster (initdb) under the build's
 * target directory, on a free loopback port, with a user whose password is random, and gone again
 * at the end, also when the test JVM exits without closing it.
 *
 * <p>PostgreSQL refuses to run as root, so everything runs as the {@code postgres} user on a
 * directory it owns. Its superuser has no password and is reached only through a unix socket in
 * a directory of that user's (mode 0700); the relay's user logs in over TCP with its password.
 */
final class TestPostgres implements AutoCloseable {

    private static final Path BINARIES = highestVersion(Path.of("/usr/lib/postgresql"));
    private static final String USER = "deskrelay";
    private static final String DATABASE = "deskrelay";

    private final Path home;
    private final Path socketDir;
    private final int port;
    private final String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    private final Thread cleanup = new Thread(this::stopAndDelete, "test-postgres-cleanup");

    private TestPostgres(Path home, Path socketDir, int port) {
        this.home = home;
        this.socketDir = socketDir;
        this.port = port;
    }

    /**
     * Initialises, starts and fills a server in a new directory under {@code parent}, or under
     * /tmp when the server's user may not enter {@code parent} (a checkout under /root, say).
     */
    static TestPostgres start(Path parent) {
        try {
            Files.createDirectories(parent);
            Path home = Files.createTempDirectory(enterable(parent) ? parent : Path.of("/tmp"), "postgres");
            // a socket's path may not be longer than 107 bytes, which one under target/ may be
            Path socketDir = Files.createTempDirectory(Path.of("/tmp"), "deskrelay-postgres");
            // createTempDirectory makes them 0700 for root: the server's user must own them
            run(List.of("chown", "postgres:postgres", home.toString(), socketDir.toString()));
            var server = new TestPostgres(home, socketDir, RelayProcess.freePort());
            Runtime.getRuntime().addShutdownHook(server.cleanup);
            try {
                server.initialise();
            } catch (RuntimeException | AssertionError e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void initialise() throws IOException {
        asPostgres(List.of(binary("initdb"), "-D", data().toString(), "-U", "postgres", "-E", "UTF8",
                "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync"), "");
        // fsync off: a test server's data need not survive a crash of the machine
        asPostgres(List.of(binary("pg_ctl"), "-D", data().toString(), "-l", home.resolve("postgres.log").toString(),
                "-o", "-p " + port + " -k " + socketDir + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "-w", "-t", "60", "start"), "");
        // the password goes in on standard input, never on a command line
        asPostgres(List.of(binary("psql"), "-h", socketDir.toString(), "-p", Integer.toString(port), "-U", "postgres",
                "-q", "-v", "ON_ERROR_STOP=1", "postgres"),
                "CREATE ROLE " + USER + " LOGIN PASSWORD '" + password + "';\n"
                        + "CREATE DATABASE " + DATABASE + " OWNER " + USER + ";\n");
    }

    /** The relay's database settings, as an operator gives them to {@code ./run}. */
    Map<String, String> settings() {
        return Map.of("DESKRELAY_DATABASE", "postgresql", "DESKRELAY_DB_HOST", "127.0.0.1",
                "DESKRELAY_DB_PORT", Integer.toString(port), "DESKRELAY_DB_NAME", DATABASE,
                "DESKRELAY_DB_USER", USER, "DESKRELAY_DB_PASSWORD", password);
    }

    /** One SQL query's rows, one a line, fields split by '|', run by the superuser in the relay's database. */
    String query(String sql) {
        try {
            return asPostgres(List.of(binary("psql"), "-h", socketDir.toString(), "-p", Integer.toString(port),
                    "-U", "postgres", "-d", DATABASE, "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1"), sql + ";\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path data() {
        return home.resolve("data");
    }

    private static String binary(String name) {
        return BINARIES.resolve(name).toString();
    }

    /** Whether the server's user may enter the directory (every one above it must let it pass). */
    static boolean enterable(Path dir) throws IOException {
        try {
            asPostgres(List.of("test", "-x", dir.toString()), "");
            return true;
        } catch (AssertionError cannot) {
            return false;
        }
    }

    private static String asPostgres(List<String> command, String input) throws IOException {
        var full = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(command);
        return run(full, input);
    }

    private static void run(List<String> command) throws IOException {
        run(command, "");
    }

    private static String run(List<String> command, String input) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not end within 90 s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command.subList(0, Math.min(5, command.size())))
                        + " failed, exit status " + process.exitValue() + ":\n" + output);
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException(e);
        }
    }

    private static Path highestVersion(Path installed) {
        try (Stream<Path> versions = Files.list(installed)) {
            return versions.filter(dir -> dir.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(dir -> Integer.parseInt(dir.getFileName().toString())))
                    .map(dir -> dir.resolve("bin"))
                    .orElseThrow(() -> new AssertionError("no PostgreSQL under " + installed + " (apt-get install postgresql)"));
        } catch (IOException e) {
            throw new AssertionError("no PostgreSQL under " + installed + " (apt-get install postgresql)", e);
        }
    }

    private void stopAndDelete() {
        try {
            if (Files.exists(data().resolve("postmaster.pid"))) {
                asPostgres(List.of(binary("pg_ctl"), "-D", data().toString(), "-m", "immediate", "-w", "-t", "30", "stop"), "");
            }
            for (Path dir : List.of(home, socketDir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stopAndDelete();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException exiting) {
            // the hook is running or has run: it did the same
        }
    }
}
