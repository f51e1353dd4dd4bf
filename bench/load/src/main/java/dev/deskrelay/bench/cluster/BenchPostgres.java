package dev.deskrelay.bench.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.deskrelay.bench.relay.RelayServer;

/**
 * A throwaway PostgreSQL for one run: a new cluster under the work directory, owned by the
 * {@code postgres} user (PostgreSQL refuses to run as root), on 127.0.0.1 and a free port, with one
 * role (a random password, given to psql on its standard input, never on a command line) and one
 * database. Stopped, immediately, at the end.
 */
final class BenchPostgres implements AutoCloseable {

    private static final Path VERSIONS = Path.of("/usr/lib/postgresql");
    private static final String USER = "deskrelay";

    private final Path bin;
    private final Path data;
    private final RelayServer.Database database;

    private BenchPostgres(Path bin, Path data, RelayServer.Database database) {
        this.bin = bin;
        this.data = data;
        this.database = database;
    }

    static BenchPostgres start(Path dir) {
        Path bin = binaries();
        try {
            RelayServer.deleteTree(dir);
            Path data = dir.resolve("data");
            Path sockets = dir.resolve("sockets");
            Files.createDirectories(sockets);
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()), null);
            asPostgres(bin, List.of("initdb", "-D", data.toString(), "-U", "postgres", "--auth-local=trust",
                    "--auth-host=scram-sha-256", "-E", "UTF8"), null);
            int port = RelayServer.freePort();
            asPostgres(bin, List.of("pg_ctl", "-D", data.toString(), "-l", dir.resolve("postgres.log").toString(), "-w", "-t", "60",
                    "-o", "-p " + port + " -k " + sockets + " -c listen_addresses=127.0.0.1 -c max_connections=300", "start"), null);
            var postgres = new BenchPostgres(bin, data, new RelayServer.Database("127.0.0.1", port, USER, USER, password()));
            try {
                String sql = "CREATE ROLE " + USER + " LOGIN PASSWORD '" + postgres.database.password() + "';\n"
                        + "CREATE DATABASE " + USER + " OWNER " + USER + ";\n";
                asPostgres(bin, List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", sockets.toString(), "-p", Integer.toString(port),
                        "-d", "postgres", "-f", "-"), sql);
            } catch (RuntimeException failure) {
                postgres.close();
                throw failure;
            }
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RelayServer.Database database() {
        return database;
    }

    @Override
    public void close() {
        try {
            asPostgres(bin, List.of("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "-t", "30", "stop"), null);
        } catch (RuntimeException alreadyStopped) {
            // nothing left to stop
        }
    }

    /** The highest version installed: Debian puts each under /usr/lib/postgresql/N/bin, not on the PATH. */
    static Path binaries() {
        try (Stream<Path> versions = Files.list(VERSIONS)) {
            return versions.filter(version -> version.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(version -> Integer.parseInt(version.getFileName().toString())))
                    .map(version -> version.resolve("bin"))
                    .filter(Files::isDirectory)
                    .orElseThrow(BenchPostgres::missing);
        } catch (IOException e) {
            throw missing();
        }
    }

    private static IllegalStateException missing() {
        return new IllegalStateException("PostgreSQL is not installed (no " + VERSIONS + "/N/bin): apt-get install postgresql");
    }

    private static void asPostgres(Path bin, List<String> command, String input) {
        var full = new ArrayList<>(List.of("runuser", "-u", "postgres", "--", bin.resolve(command.get(0)).toString()));
        full.addAll(command.subList(1, command.size()));
        run(full, input);
    }

    private static void run(List<String> command, String input) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (var in = process.getOutputStream()) {
                if (input != null) {
                    in.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(shown(command) + " took more than 2 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(shown(command) + " failed (" + process.exitValue() + "): " + output.trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String shown(List<String> command) {
        return String.join(" ", command.subList(0, Math.min(5, command.size())));
    }

    /** Letters and digits only: Payara's pool property syntax can't carry ':' '=' quotes or spaces. */
    private static String password() {
        var random = new SecureRandom();
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
