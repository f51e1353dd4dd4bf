package dev.deskrelay.agent.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Turns {@code java -jar deskrelay-agent.jar} into the light agent: the process replaces itself
 * ({@code execv}) with a JVM started with {@link AgentJvm#options()}. Replacing rather than starting a
 * child keeps one process, so there is no second JVM's memory to pay, and its id, standard streams,
 * signals and exit status stay the caller's as they are.
 */
public final class Relaunch {

    private static final Logger LOG = Logger.getLogger(Relaunch.class.getName());
    private static final int F_SETFD = 2;
    private static final int FD_CLOEXEC = 1;

    private Relaunch() {
    }

    /** The C library calls this needs, the same on Linux and macOS. */
    interface C extends Library {
        int execv(String path, String[] argv);

        int fcntl(int fd, int command, int argument);
    }

    /**
     * Returns only if this JVM is to run the agent itself: it has its options already, it does not
     * run from the jar, the system has no {@code execv}, or the relaunch failed (then it says why).
     */
    public static void ifNeeded(String[] args) {
        Optional<Path> jar = runningJar();
        if (AgentJvm.optionsGiven() || jar.isEmpty() || !posix()) {
            return;
        }
        List<String> command = AgentJvm.command(Path.of(System.getProperty("java.home"), "bin", "java"),
                AgentJvm.options(), ManagementFactory.getRuntimeMXBean().getInputArguments(), jar.get(), args);
        try {
            C c = Native.load("c", C.class);
            closeOnExec(c);
            System.out.flush();
            System.err.flush();
            c.execv(command.get(0), command.toArray(String[]::new));
            LOG.warning("could not restart with the agent's JVM options (error " + Native.getLastError()
                    + "), so this agent runs with the JVM's defaults");
        } catch (LinkageError | IOException e) {
            LOG.warning("could not restart with the agent's JVM options (" + e + "), so this agent runs with the"
                    + " JVM's defaults");
        }
    }

    /** Files this JVM opened (its jar, its class archive) are no business of the next one. */
    private static void closeOnExec(C c) throws IOException {
        try (Stream<Path> open = Files.list(Path.of(Files.isDirectory(Path.of("/proc/self/fd")) ? "/proc/self/fd"
                : "/dev/fd"))) {
            open.map(fd -> Integer.parseInt(fd.getFileName().toString())).filter(fd -> fd > 2)
                    .forEach(fd -> c.fcntl(fd, F_SETFD, FD_CLOEXEC));
        }
    }

    private static Optional<Path> runningJar() {
        try {
            Path location = Path.of(Relaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static boolean posix() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return os.contains("linux") || os.contains("mac");
    }
}
