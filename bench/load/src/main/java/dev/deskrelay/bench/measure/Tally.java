package dev.deskrelay.bench.measure;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts by name, from any thread: what went wrong, and how often, without a line per event. */
public final class Tally {

    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();

    public void add(String what) {
        counts.computeIfAbsent(what, name -> new LongAdder()).increment();
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Sorted by name, so two reports list the same kinds in the same order. */
    public Map<String, Long> snapshot() {
        var copy = new TreeMap<String, Long>();
        counts.forEach((name, count) -> copy.put(name, count.sum()));
        return copy;
    }
}
