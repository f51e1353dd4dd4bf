package dev.deskrelay.bench.relay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the relay's time and memory went, from a JFR recording, as markdown lines: the hottest
 * methods by CPU samples (the method running, and the package it belongs to), the busiest threads,
 * the biggest allocation sites, and the garbage collector's pauses.
 */
public final class JfrDigest {

    private static final int TOP = 12;

    private final Map<String, Long> selfMethods = new HashMap<>();
    private final Map<String, Long> selfPackages = new HashMap<>();
    private final Map<String, Long> relayFrames = new HashMap<>();
    private final Map<String, Long> allocationSites = new HashMap<>();
    private final Map<String, Long> allocatedTypes = new HashMap<>();
    private final Map<String, double[]> threadLoad = new HashMap<>();
    private long samples;
    private long allocated;
    private long collections;
    private Duration pauses = Duration.ZERO;
    private Duration longestPause = Duration.ZERO;

    public static List<String> of(Path recording) {
        var digest = new JfrDigest();
        try (var file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                digest.add(file.readEvent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digest.lines();
    }

    private void add(RecordedEvent event) {
        switch (event.getEventType().getName()) {
            case "jdk.ExecutionSample" -> executionSample(event.getStackTrace());
            case "jdk.ObjectAllocationSample" -> allocation(event);
            case "jdk.GarbageCollection" -> {
                collections++;
                pauses = pauses.plus(event.getDuration("sumOfPauses"));
                Duration longest = event.getDuration("longestPause");
                longestPause = longest.compareTo(longestPause) > 0 ? longest : longestPause;
            }
            case "jdk.ThreadCPULoad" -> {
                if (event.getThread("eventThread") != null) {
                    double[] load = threadLoad.computeIfAbsent(threadName(event.getThread("eventThread").getJavaName()),
                            name -> new double[2]);
                    load[0] += event.getFloat("user") + event.getFloat("system");
                    load[1]++;
                }
            }
            default -> {
            }
        }
    }

    private void executionSample(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return;
        }
        samples++;
        RecordedFrame top = stack.getFrames().get(0);
        selfMethods.merge(method(top), 1L, Long::sum);
        selfPackages.merge(packageOf(top), 1L, Long::sum);
        stack.getFrames().stream().filter(frame -> frame.isJavaFrame()
                && frame.getMethod().getType().getName().startsWith("dev.deskrelay.")).findFirst()
                .ifPresent(frame -> relayFrames.merge(method(frame), 1L, Long::sum));
    }

    private void allocation(RecordedEvent event) {
        long weight = event.getLong("weight");
        allocated += weight;
        RecordedStackTrace stack = event.getStackTrace();
        if (stack != null && !stack.getFrames().isEmpty()) {
            allocationSites.merge(method(stack.getFrames().get(0)), weight, Long::sum);
        }
        if (event.getClass("objectClass") != null) {
            allocatedTypes.merge(event.getClass("objectClass").getName(), weight, Long::sum);
        }
    }

    private List<String> lines() {
        var lines = new ArrayList<String>();
        lines.add("CPU samples: " + samples + "; GCs: " + collections + ", pauses " + pauses.toMillis() + " ms in all, longest "
                + longestPause.toMillis() + " ms; sampled allocation: " + allocated / (1 << 20) + " MiB");
        table(lines, "hottest methods (self, % of CPU samples)", selfMethods, samples, count -> percent(count, samples));
        table(lines, "hottest packages (self, % of CPU samples)", selfPackages, samples, count -> percent(count, samples));
        table(lines, "relay code on the stack (innermost dev.deskrelay frame, % of CPU samples)", relayFrames, samples,
                count -> percent(count, samples));
        var meanLoad = new HashMap<String, Long>();
        threadLoad.forEach((name, load) -> meanLoad.merge(name, Math.round(load[0] / load[1] * 1000), Long::sum));
        table(lines, "busiest threads (mean CPU of one core, %, threads of one pool summed)", meanLoad, 1,
                tenths -> String.format("%.1f", tenths / 10.0));
        table(lines, "allocation sites (% of sampled bytes)", allocationSites, allocated, bytes -> percent(bytes, allocated));
        table(lines, "allocated types (% of sampled bytes)", allocatedTypes, allocated, bytes -> percent(bytes, allocated));
        return lines;
    }

    private static void table(List<String> lines, String title, Map<String, Long> counts, long total,
            Function<Long, String> format) {
        lines.add("");
        lines.add("| " + title + " | |");
        lines.add("|---|---:|");
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP)
                .forEach(entry -> lines.add("| `" + entry.getKey() + "` | " + format.apply(entry.getValue()) + " |"));
    }

    private static String percent(long part, long total) {
        return total == 0 ? "0" : String.format("%.1f", 100.0 * part / total);
    }

    private static String method(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }

    private static String packageOf(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        String[] parts = type.split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(3, Math.max(1, parts.length - 1))));
    }

    /** Pool threads differ only by a number: "http-thread-pool::http-listener(12)" counts as its pool. */
    private static String threadName(String name) {
        return name == null ? "?" : name.replaceAll("\\(\\d+\\)|-\\d+$|\\d+$", "");
    }
}
