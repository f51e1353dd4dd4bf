package dev.deskrelay.relay.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shaded agent jar, started with {@code java -jar} as a person would. */
final class AgentProcess implements AutoCloseable {

    private final Process process;
    private final long startedAt = System.nanoTime();
    private final List<TimedLine> output = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private record TimedLine(long at, String text) {
    }

    private AgentProcess(Process process) {
        this.process = process;
        reader = new Thread(this::readOutput, "agent-output");
        reader.setDaemon(true);
        reader.start();
    }

    static AgentProcess start(URL base, Path config) {
        return command("--relay", "ws://127.0.0.1:" + base.getPort() + base.getPath().replaceAll("/$", ""),
                "--config", config.toString(), "--pair");
    }

    /** The agent jar with these arguments, e.g. {@code forget --config FILE}. */
    static AgentProcess command(String... arguments) {
        String tmp = System.getProperty("java.io.tmpdir");
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-Djna.tmpdir=" + tmp, "-jar", System.getProperty("agent.jar")));
        command.addAll(List.of(arguments));
        try {
            return new AgentProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the agent jar", e);
        }
    }

    private void readOutput() {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(new TimedLine(System.nanoTime(), line));
            }
        } catch (IOException ended) {
            // the process is gone; what it printed is kept
        }
    }

    /** The first group of the first output line matching, waiting for it. */
    String await(Pattern pattern) {
        return await(pattern, 1, Duration.ofSeconds(30));
    }

    /** The first group of the {@code nth} output line matching, waiting up to {@code limit}. */
    String await(Pattern pattern, int nth, Duration limit) {
        return awaitMatch(pattern, nth, limit).group(1);
    }

    /** How long after start the agent printed a line matching the pattern. */
    Duration timeUntil(Pattern pattern) {
        return timeUntil(pattern, 1, Duration.ofSeconds(30));
    }

    /** How long after start the agent printed the {@code nth} line matching, waiting up to {@code limit}. */
    Duration timeUntil(Pattern pattern, int nth, Duration limit) {
        awaitMatch(pattern, nth, limit);
        return output.stream().filter(line -> pattern.matcher(line.text()).find()).skip(nth - 1L).findFirst()
                .map(line -> Duration.ofNanos(line.at() - startedAt)).orElseThrow();
    }

    Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }

    private Matcher awaitMatch(Pattern pattern, int nth, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            int seen = 0;
            for (TimedLine line : output) {
                Matcher matcher = pattern.matcher(line.text());
                if (matcher.find() && ++seen == nth) {
                    return matcher;
                }
            }
            if (!process.isAlive() && seen < nth) {
                sleep(200);
                break;
            }
            sleep(50);
        }
        throw new AssertionError("the agent did not print " + pattern + " " + nth + " time(s); it printed:\n"
                + printed());
    }

    String printed() {
        return String.join("\n", output.stream().map(TimedLine::text).toList());
    }

    /** Resident memory from /proc, in KiB. */
    long residentKiB() {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The process's command line as the system sees it now, after any restart in place. */
    List<String> commandLine() {
        return List.of(ProcessHandle.of(process.pid()).orElseThrow().info().arguments().orElseThrow());
    }

    /** Waits for the agent to end by itself; returns its exit status. */
    int awaitExit(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the agent was still running after " + limit.toSeconds() + " s:\n" + printed());
            }
            reader.join(2000);
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGTERM, as a service manager stops it; returns the exit status. */
    int stop() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the agent ignored SIGTERM");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
