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
 * about 12 KB. It is memory only: a restart starts it empty.
 */
final class TelemetryHistory {

    static final int MAX_CORES = 64;
    private static final short ABSENT = -1;

    private final long[] at;
    private final short[] cpu;
    /** Per slot, how many cores its sample had; 0 for none. */
    private final byte[] coreCount;
    private final short[] memory;
    private final short[] swap;
    private final float[] rx;
    private final float[] tx;
    /** A row of {@code width} per slot, in one array: an array per sample cost its header again. */
    private short[] coreTenths = new short[0];
    private int width;
    private int next;
    private int size;

    TelemetryHistory(int capacity) {
        at = new long[capacity];
        cpu = new short[capacity];
        coreCount = new byte[capacity];
        memory = new short[capacity];
        swap = new short[capacity];
        rx = new float[capacity];
        tx = new float[capacity];
    }

    /**
     * Keeps the sample and says when it was kept: {@code when}, or a millisecond after the newest if
     * that is not earlier, so every sample of a device has its own time. A page orders a device's
     * samples by time and takes one at the time it already has for the same one twice (history and
     * live), so two samples received in the same millisecond would lose one.
     */
    synchronized long record(long when, Sample sample) {
        int slot = next;
        long stamp = size == 0 ? when : Math.max(when, newest() + 1);
        at[slot] = stamp;
        cpu[slot] = tenths(sample.cpu());
        recordCores(slot, sample.cores());
        memory[slot] = share(sample.memory());
        swap[slot] = share(sample.swap());
        rx[slot] = sample.network() == null ? ABSENT : (float) sample.network().stream().mapToDouble(InterfaceRate::rx).sum();
        tx[slot] = sample.network() == null ? ABSENT : (float) sample.network().stream().mapToDouble(InterfaceRate::tx).sum();
        next = (next + 1) % at.length;
        size = Math.min(size + 1, at.length);
        return stamp;
    }

    synchronized boolean newestBefore(long cutoff) {
        return size == 0 || newest() < cutoff;
    }

    private long newest() {
        return at[(next - 1 + at.length) % at.length];
    }

    /** Oldest first. */
    synchronized List<HistoryPoint> points() {
        List<HistoryPoint> points = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int slot = (next - size + i + at.length) % at.length;
            points.add(new HistoryPoint(at[slot], percent(cpu[slot]), corePercents(slot), percentOrNull(memory[slot]),
                    percentOrNull(swap[slot]), rateOrNull(rx[slot]), rateOrNull(tx[slot])));
        }
        return points;
    }

    private static short tenths(double percent) {
        return (short) Math.round(percent * 10);
    }

    private void recordCores(int slot, List<Double> values) {
        int count = values == null || values.size() > MAX_CORES ? 0 : values.size();
        if (count > width) {
            widen(count);
        }
        for (int i = 0; i < count; i++) {
            coreTenths[slot * width + i] = tenths(values.get(i));
        }
        coreCount[slot] = (byte) count;
    }

    private void widen(int newWidth) {
        short[] wider = new short[at.length * newWidth];
        for (int slot = 0; slot < at.length; slot++) {
            System.arraycopy(coreTenths, slot * width, wider, slot * newWidth, width);
        }
        coreTenths = wider;
        width = newWidth;
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

    private List<Double> corePercents(int slot) {
        int count = coreCount[slot];
        if (count == 0) {
            return null;
        }
        List<Double> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(percent(coreTenths[slot * width + i]));
        }
        return values;
    }

    private static Double rateOrNull(float rate) {
        return rate < 0 ? null : (double) rate;
    }
}
