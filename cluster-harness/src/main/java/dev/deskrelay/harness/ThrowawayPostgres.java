package dev.deskrelay.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A throwaway PostgreSQL server: a fresh cluster (initdb) in a new directory, on 127.0.0.1 and a
 * free port, with one role whose password is random and one database it owns; stopped and
 * deleted at the end, also when the JVM exits without closing it.
 *
 * <p>PostgreSQL refuses to run as root, so as root everything runs as the {@code postgres} user
 * on directories it owns; any other user runs it as themselves. Its superuser has no password
 * and is reached only through a unix socket in a directory of the server user's own (mode 0700);
 * the relay's user logs in over TCP with its password.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    private static final String SERVER_USER = "postgres";
    private static final String USER = "deskrelay";
    private static final String NAME = "deskrelay";
    private static final String HOST = "127.0.0.1";
    /** A socket's path may not be longer than 107 bytes, which one under a build directory may be. */
    private static final Path SOCKETS_PARENT = Path.of("/tmp");

    private final Path bin;
    private final Path home;
    private final Path socketDir;
    private final int port = FreePorts.one();
    /** Hex, letters and digits only: Payara's pool property syntax can't carry ':' '=' quotes or spaces. */
    private final String password = randomPassword();
    private final Thread cleanup = new Thread(this::stopAndDelete, "postgres-cleanup");
    private boolean stopped;

    private ThrowawayPostgres(Path bin, Path home, Path socketDir) {
        this.bin = bin;
        this.home = home;
        this.socketDir = socketDir;
    }

    /**
     * Initialises, starts and fills a server in a new directory under {@code parent}, or under
     * /tmp when the server's user may not enter {@code parent} (a checkout under /root, say).
     *
     * @param serverSettings PostgreSQL settings besides the address and port, e.g. fsync=off
     */
    public static ThrowawayPostgres start(Path parent, Map<String, String> serverSettings) {
        Path bin = PostgresBinaries.find(PostgresBinaries.INSTALLED);
        try {
            Files.createDirectories(parent);
            Path home = Files.createTempDirectory(enterable(parent) ? parent : SOCKETS_PARENT, "postgres");
            Path socketDir = Files.createTempDirectory(SOCKETS_PARENT, "deskrelay-postgres");
            if (asRoot()) {
                // createTempDirectory makes them 0700 for root: the server's user must own them
                Commands.run(List.of("chown", SERVER_USER + ":" + SERVER_USER, home.toString(), socketDir.toString()), "");
            }
            var server = new ThrowawayPostgres(bin, home, socketDir);
            Runtime.getRuntime().addShutdownHook(server.cleanup);
            try {
                server.initialise(serverSettings);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String randomPassword() {
        var bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private void initialise(Map<String, String> serverSettings) {
        asServerUser(List.of(binary("initdb"), "-D", data().toString(), "-U", SERVER_USER, "-E", "UTF8",
                "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync"), "");
        String settings = serverSettings.entrySet().stream().map(setting -> " -c " + setting.getKey() + "=" + setting.getValue())
                .collect(Collectors.joining());
        asServerUser(List.of(binary("pg_ctl"), "-D", data().toString(), "-l", home.resolve("postgres.log").toString(),
                "-o", "-p " + port + " -k " + socketDir + " -c listen_addresses=" + HOST + settings,
                "-w", "-t", "60", "start"), "");
        superuser("postgres", "CREATE ROLE " + USER + " LOGIN PASSWORD '" + password + "';\n"
                + "CREATE DATABASE " + NAME + " OWNER " + USER + ";\n");
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    /** The database's name. */
    public String name() {
        return NAME;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    /** The relay's database settings, as an operator gives them to {@code ./run}. */
    public Map<String, String> settings() {
        return Map.of("DESKRELAY_DATABASE", "postgresql", "DESKRELAY_DB_HOST", HOST,
                "DESKRELAY_DB_PORT", Integer.toString(port), "DESKRELAY_DB_NAME", NAME,
                "DESKRELAY_DB_USER", USER, "DESKRELAY_DB_PASSWORD", password);
    }

    /** One SQL query's rows, one a line, fields split by '|', run by the superuser in the relay's database. */
    public String query(String sql) {
        return superuser(NAME, sql + ";\n");
    }

    private String superuser(String database, String sql) {
        // the SQL goes in on standard input: the role's password is in it
        return asServerUser(List.of(binary("psql"), "-h", socketDir.toString(), "-p", Integer.toString(port),
                "-U", SERVER_USER, "-d", database, "-X", "-A", "-t", "-q", "-v", "ON_ERROR_STOP=1"), sql);
    }

    /** Whether the server's user may enter the directory (every one above it must let it pass). */
    public static boolean enterable(Path dir) {
        if (!asRoot()) {
            return Files.isDirectory(dir) && Files.isExecutable(dir);
        }
        try {
            asServerUser(List.of("test", "-x", dir.toString()), "");
            return true;
        } catch (IllegalStateException cannot) {
            return false;
        }
    }

    private Path data() {
        return home.resolve("data");
    }

    private String binary(String name) {
        return bin.resolve(name).toString();
    }

    private static String asServerUser(List<String> command, String input) {
        if (!asRoot()) {
            return Commands.run(command, input);
        }
        var full = new ArrayList<>(List.of("runuser", "-u", SERVER_USER, "--"));
        full.addAll(command);
        return Commands.run(full, input);
    }

    private static boolean asRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException notLinux) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** Once: from close, or from the shutdown hook when the JVM ends first. */
    private synchronized void stopAndDelete() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (Files.exists(data().resolve("postmaster.pid"))) {
                asServerUser(List.of(binary("pg_ctl"), "-D", data().toString(), "-m", "immediate", "-w", "-t", "30", "stop"), "");
            }
            Commands.deleteTree(home);
            Commands.deleteTree(socketDir);
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
