package dev.deskrelay.agent.actions;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

/**
 * {@code processes}: the processes using the most CPU right now, with {@code limit} (1 to 50,
 * default 10) saying how many. CPU is percent of one core between two snapshots, so a process
 * with several busy threads can pass 100; memory is the resident set in bytes.
 */
public final class ProcessesAction implements AgentAction {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;
    private static final long MEASURE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    /** An older snapshot would average over a time the viewer no longer cares about. */
    private static final long REUSE_NANOS = TimeUnit.SECONDS.toNanos(10);
    /** The Windows idle process, whose "usage" is every idle core. */
    private static final int IDLE_PID = 0;

    private final OperatingSystem os;
    private Snapshot previous;

    public ProcessesAction(OperatingSystem os) {
        this.os = os;
    }

    @Override
    public String name() {
        return "processes";
    }

    /** @throws IllegalArgumentException when {@code limit} is not a whole number from 1 to 50 */
    @Override
    public synchronized JsonObject perform(JsonObject args) {
        int limit = limit(args);
        Snapshot before = baseline();
        Snapshot now = Snapshot.take(os);
        previous = now;
        JsonArrayBuilder processes = Json.createArrayBuilder();
        now.processes().values().stream()
                .filter(process -> process.getProcessID() != IDLE_PID)
                .map(process -> ProcessUsage.between(before.processes().get(process.getProcessID()), process))
                .sorted(Comparator.comparingDouble(ProcessUsage::cpu).reversed())
                .limit(limit)
                .forEach(usage -> processes.add(usage.toJson()));
        return Json.createObjectBuilder().add("processes", processes).build();
    }

    private static int limit(JsonObject args) {
        JsonValue value = args.get("limit");
        if (value == null || value == JsonValue.NULL) {
            return DEFAULT_LIMIT;
        }
        // compared as a double: a huge whole number must not wrap around into the range
        if (value instanceof JsonNumber number && number.isIntegral()
                && number.doubleValue() >= 1 && number.doubleValue() <= MAX_LIMIT) {
            return number.intValue();
        }
        throw new IllegalArgumentException("limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    /** The previous call's snapshot if recent, else a new one; either way at least the measuring time old. */
    private Snapshot baseline() {
        Snapshot before = previous == null || System.nanoTime() - previous.atNanos() > REUSE_NANOS
                ? Snapshot.take(os) : previous;
        long wait = MEASURE_NANOS - (System.nanoTime() - before.atNanos());
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while measuring", e);
            }
        }
        return before;
    }

    /** Every process by id, and when they were read. */
    private record Snapshot(Map<Integer, OSProcess> processes, long atNanos) {

        static Snapshot take(OperatingSystem os) {
            long at = System.nanoTime();
            // a list read while processes come and go can name a pid twice; the later entry is newer
            return new Snapshot(os.getProcesses().stream()
                    .collect(Collectors.toMap(OSProcess::getProcessID, Function.identity(), (first, second) -> second)),
                    at);
        }
    }

    private record ProcessUsage(String name, int pid, double cpu, long memory) {

        /** @param before the same process in the earlier snapshot, or null if it started since */
        static ProcessUsage between(OSProcess before, OSProcess now) {
            // OSHI measures from the process's start without an earlier snapshot, which is recent enough
            double load = now.getProcessCpuLoadBetweenTicks(before);
            return new ProcessUsage(now.getName() == null ? "" : now.getName(), now.getProcessID(),
                    Double.isFinite(load) && load > 0 ? load * 100 : 0, Math.max(0, now.getResidentMemory()));
        }

        JsonObject toJson() {
            return Json.createObjectBuilder().add("name", name).add("pid", pid).add("cpu", cpu).add("memory", memory)
                    .build();
        }
    }
}
