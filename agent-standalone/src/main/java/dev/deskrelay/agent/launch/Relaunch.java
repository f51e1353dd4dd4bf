package dev.deskrelay.agent.launch;

import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

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

    private Relaunch() {
    }

    /** The C library's call this needs, the same on Linux and macOS. */
    interface C extends Library {
        int execv(String path, String[] argv);
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
        String failure;
        try {
            // Every descriptor stays open, as exec leaves it: the caller's (./run's lock) must, and
            // the few this JVM opened (its jar) cost the next one nothing.
            C c = Native.load("c", C.class);
            System.out.flush();
            System.err.flush();
            c.execv(command.get(0), command.toArray(String[]::new));
            failure = "error " + Native.getLastError();
        } catch (LinkageError e) {
            failure = e.toString();
        }
        LOG.warning("could not restart with the agent's JVM options (" + failure + "), so this agent runs with the"
                + " JVM's defaults");
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
