package dev.deskrelay.bench.cluster;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import dev.deskrelay.bench.relay.RelayServer;

/**
 * The generator processes of one cluster run: each a JVM of its own ({@code dev.deskrelay.bench.Main})
 * with its share of the agents and viewers, numbered after the previous processes' agents, all
 * spread over the same nodes. Each connects, says so ({@code ramped}) and holds only once told
 * ({@code hold}), so that all hold over the same seconds; each writes its own {@code result.json}.
 */
final class Generators implements AutoCloseable {

    private final List<Process> processes = new ArrayList<>();
    private final List<Path> outs = new ArrayList<>();

    private Generators() {
    }

    /**
     * @param via the balancer every socket goes through, or null: each to its node
     * @param admin options naming the nodes' administrator (empty: the run's options after {@code --} do)
     */
    static Generators start(ClusterOptions options, List<URI> nodes, URI via, Path out, List<String> admin) {
        var generators = new Generators();
        try {
            int parts = options.generatorProcesses();
            int firstAgent = 0;
            for (int index = 0; index < parts; index++) {
                int agents = ClusterOptions.share(options.agents(), parts, index);
                int viewers = ClusterOptions.share(options.viewers(), parts, index);
                Path dir = out.resolve("generator-" + index);
                Files.createDirectories(dir);
                Files.deleteIfExists(dir.resolve("ramped"));
                Files.deleteIfExists(dir.resolve("hold"));
                Files.deleteIfExists(dir.resolve("result.json"));
                var command = new ArrayList<>(List.of(RelayServer.javaBin(), "-Xms512m", "-Xmx" + heapMiB(agents + viewers) + "m",
                        "-cp", options.benchJar().toAbsolutePath().toString(), "dev.deskrelay.bench.Main"));
                command.addAll(options.processArguments(nodes, via, agents, viewers, firstAgent, dir));
                command.addAll(admin);
                generators.outs.add(dir);
                generators.processes.add(new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("generator.log").toFile()).start());
                firstAgent += agents;
            }
            return generators;
        } catch (IOException | RuntimeException failure) {
            generators.close();
            throw failure instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) failure;
        }
    }

    /** 3 GiB held 20,000 sockets in one process: about 150 KiB a socket, and room for the JDK. */
    static long heapMiB(int sockets) {
        return Math.max(768, 256 + sockets * 150L / 1024);
    }

    /** Waits until every process is connected; throws if one ended first or the limit passed. */
    void awaitRamped(long limitMillis) {
        long end = System.currentTimeMillis() + limitMillis;
        while (!outs.stream().allMatch(dir -> Files.exists(dir.resolve("ramped")))) {
            for (int index = 0; index < processes.size(); index++) {
                if (!processes.get(index).isAlive() && !Files.exists(outs.get(index).resolve("ramped"))) {
                    throw new IllegalStateException("generator " + index + " ended while connecting; see "
                            + outs.get(index).resolve("generator.log"));
                }
            }
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("the generators did not all connect within " + limitMillis / 1000 + " s");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
    }

    /** Every process holds from now. */
    void hold() {
        for (Path dir : outs) {
            try {
                Files.writeString(dir.resolve("hold"), "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Waits for every process to write its figures and end; their results, in order. */
    List<JsonObject> results(long limitMillis) {
        long end = System.currentTimeMillis() + limitMillis;
        var results = new ArrayList<JsonObject>();
        for (int index = 0; index < processes.size(); index++) {
            try {
                if (!processes.get(index).waitFor(Math.max(1, end - System.currentTimeMillis()), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("generator " + index + " did not end in time");
                }
                Path result = outs.get(index).resolve("result.json");
                if (!Files.exists(result)) {
                    throw new IllegalStateException("generator " + index + " wrote no result; see "
                            + outs.get(index).resolve("generator.log"));
                }
                results.add(Json.createReader(new StringReader(Files.readString(result))).readObject());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return results;
    }

    int count() {
        return processes.size();
    }

    /** Ends every process still running; each one's shutdown hook closes its sockets. */
    @Override
    public void close() {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
