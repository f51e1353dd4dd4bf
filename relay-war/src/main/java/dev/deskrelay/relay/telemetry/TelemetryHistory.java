package dev.deskrelay.relay.telemetry;

import java.util.ArrayList;
import java.util.List;

import dev.deskrelay.protocol.HistoryPoint;
import dev.deskrelay.protocol.InterfaceRate;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.protocol.Usage;

/**
 * One device's last {@code capacity} samples, as a ring of primitives: what the charts need and
 * no more (tenths of a percent, network totals), so that 300 samples of an 8-core machine take
 * about 18 KB. It is memory only: a restart starts it empty.
 */
final class TelemetryHistory {

    static final int MAX_CORES = 64;
    private static final short ABSENT = -1;

    private final long[] at;
    private final short[] cpu;
    private final short[][] cores;
    private final short[] memory;
    private final short[] swap;
    private final float[] rx;
    private final float[] tx;
    private int next;
    private int size;

    TelemetryHistory(int capacity) {
        at = new long[capacity];
        cpu = new short[capacity];
        cores = new short[capacity][];
        memory = new short[capacity];
        swap = new short[capacity];
        rx = new float[capacity];
        tx = new float[capacity];
    }

    synchronized void record(long when, Sample sample) {
        int slot = next;
        at[slot] = when;
        cpu[slot] = tenths(sample.cpu());
        cores[slot] = coreTenths(sample.cores());
        memory[slot] = share(sample.memory());
        swap[slot] = share(sample.swap());
        rx[slot] = sample.network() == null ? ABSENT : (float) sample.network().stream().mapToDouble(InterfaceRate::rx).sum();
        tx[slot] = sample.network() == null ? ABSENT : (float) sample.network().stream().mapToDouble(InterfaceRate::tx).sum();
        next = (next + 1) % at.length;
        size = Math.min(size + 1, at.length);
    }

    synchronized boolean newestBefore(long cutoff) {
        return size == 0 || at[(next - 1 + at.length) % at.length] < cutoff;
    }

    /** Oldest first. */
    synchronized List<HistoryPoint> points() {
        List<HistoryPoint> points = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int slot = (next - size + i + at.length) % at.length;
            points.add(new HistoryPoint(at[slot], percent(cpu[slot]), corePercents(cores[slot]), percentOrNull(memory[slot]),
                    percentOrNull(swap[slot]), rateOrNull(rx[slot]), rateOrNull(tx[slot])));
        }
        return points;
    }

    private static short tenths(double percent) {
        return (short) Math.round(percent * 10);
    }

    private static short[] coreTenths(List<Double> values) {
        if (values == null || values.isEmpty() || values.size() > MAX_CORES) {
            return null;
        }
        short[] kept = new short[values.size()];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = tenths(values.get(i));
        }
        return kept;
    }

    private static short share(Usage usage) {
        return usage == null || usage.total() == 0 ? ABSENT : tenths(100.0 * Math.min(usage.used(), usage.total()) / usage.total());
    }

    private static double percent(short tenths) {
        return tenths / 10.0;
    }

    private static Double percentOrNull(short tenths) {
        return tenths == ABSENT ? null : percent(tenths);
    }

    private static List<Double> corePercents(short[] kept) {
        if (kept == null) {
            return null;
        }
        List<Double> values = new ArrayList<>(kept.length);
        for (short value : kept) {
            values.add(percent(value));
        }
        return values;
    }

    private static Double rateOrNull(float rate) {
        return rate < 0 ? null : (double) rate;
    }
}
