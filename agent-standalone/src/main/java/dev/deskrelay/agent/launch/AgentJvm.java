package dev.deskrelay.agent.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options the agent runs with: {@code src/packaging/jvm-options}, packed into the jar,
 * the same file the installer hands its launcher.
 */
public final class AgentJvm {

    /**
     * Set by those options, so a JVM that has it was started by the launcher, by a relaunch, or by a
     * person who chose their own options; only a JVM without it is relaunched.
     */
    static final String OPTIONS_GIVEN = "deskrelay.jvm-options";

    private static final String RESOURCE = "jvm-options";

    private AgentJvm() {
    }

    /** One option a line; blank lines and lines starting with '#' are left out. */
    static List<String> options() {
        try (InputStream in = AgentJvm.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar holds no " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean optionsGiven() {
        return System.getProperty(OPTIONS_GIVEN) != null;
    }

    /**
     * The command that runs the jar again with the agent's options. The options this JVM was given
     * come after them, so a person's own {@code -D} or {@code -Xmx} still applies.
     */
    static List<String> command(Path java, List<String> options, List<String> given, Path jar, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(options);
        command.addAll(given);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return command;
    }
}
