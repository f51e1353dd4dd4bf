package dev.deskrelay.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Short commands run to their end, and directories removed with what is in them. */
final class Commands {

    private static final long LIMIT_SECONDS = 120;

    private Commands() {
    }

    /**
     * Runs the command with {@code input} on its standard input (where a password goes: a command
     * line is visible to every user of the machine) and returns what it wrote, its errors included.
     */
    static String run(List<String> command, String input) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (var stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(shown(command) + " did not end within " + LIMIT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(shown(command) + " failed, exit status " + process.exitValue() + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + shown(command), e);
        }
    }

    /** The first words only: what follows may be long, or SQL. */
    private static String shown(List<String> command) {
        return String.join(" ", command.subList(0, Math.min(5, command.size())));
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
