package dev.deskrelay.bench.measure;

import java.util.Arrays;
import java.util.List;

/**
 * The stamps of the samples one agent sent, in order, and when its socket was up, so that after
 * the run each of its viewers can be checked: a sample counts as lost only if the viewer saw
 * neither it nor anything newer, which is exactly what the relay's latest-value-wins coalescing
 * promises.
 */
public final class SampleLog {

    /** A source stamps only while its socket is up, so it counts as up until its first end. */
    private final Spans up = Spans.present();
    private long[] stamps = new long[64];
    private int size;

    /** The stamp for a sample sent now: strictly increasing even if two samples share a microsecond. */
    public synchronized long next(long nowMicros) {
        long stamp = size == 0 ? nowMicros : Math.max(nowMicros, stamps[size - 1] + 1);
        if (size == stamps.length) {
            stamps = Arrays.copyOf(stamps, size * 2);
        }
        stamps[size++] = stamp;
        return stamp;
    }

    /** The newest stamp was never sent (its socket had ended): nobody is owed it. */
    public synchronized void retract(long stamp) {
        if (size > 0 && stamps[size - 1] == stamp) {
            size--;
        }
    }

    /**
     * The agent's socket died: samples stamped after this, until it is {@link #resume}d, may have
     * gone nowhere, and the death is an error of its own, so nobody is owed them.
     */
    public void end(long micros) {
        up.end(micros);
    }

    /** The agent is back, authenticated on a new socket: what it stamps from now on is owed again. */
    public void resume(long micros) {
        up.begin(micros);
    }

    Spans up() {
        return up;
    }

    public synchronized int size() {
        return size;
    }

    /** The newest stamp, or -1 before the first sample. */
    public synchronized long last() {
        return size == 0 ? -1 : stamps[size - 1];
    }

    /** How many samples were stamped within {@code spans} and strictly after {@code bound}. */
    synchronized long countWithin(List<Spans.Span> spans, long bound) {
        long count = 0;
        for (Spans.Span span : spans) {
            long after = Math.max(span.after(), bound);
            if (after < span.until()) {
                count += countAfter(after) - countAfter(span.until());
            }
        }
        return count;
    }

    /** How many samples were stamped strictly after {@code bound}. */
    public synchronized int countAfter(long bound) {
        int index = Arrays.binarySearch(stamps, 0, size, bound);
        int firstAfter = index >= 0 ? index + 1 : -index - 1;
        return size - firstAfter;
    }
}
