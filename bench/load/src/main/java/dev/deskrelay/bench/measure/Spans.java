package dev.deskrelay.bench.measure;

import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of time one end of a watch was there (an agent's socket up, a viewer watching), in
 * {@link BenchClock} microseconds. A client that reconnects has several. Each stretch runs from
 * its start, exclusive, to its end, inclusive: a sample stamped as a viewer starts watching is not
 * owed to it, one stamped as a socket dies still is, as before reconnecting existed.
 * Written by one client's socket callbacks, read by the accounting meanwhile.
 */
public final class Spans {

    /** {@code (after, until]}; {@code until} is {@link Long#MAX_VALUE} while it lasts. */
    public record Span(long after, long until) {
    }

    private final List<Span> ended = new ArrayList<>();
    private boolean up;
    private long since;

    private Spans(boolean up) {
        this.up = up;
        this.since = Long.MIN_VALUE;
    }

    /** Not there yet: the first stretch starts with {@link #begin}. */
    public static Spans absent() {
        return new Spans(false);
    }

    /** There from before anything was stamped: for a source, which stamps nothing while it is away. */
    public static Spans present() {
        return new Spans(true);
    }

    /** A stretch starts, unless one already lasts. */
    public synchronized void begin(long micros) {
        if (!up) {
            up = true;
            since = micros;
        }
    }

    /** The stretch that lasts ends; a second end of the same stretch changes nothing. */
    public synchronized void end(long micros) {
        if (up) {
            up = false;
            if (micros > since) {
                ended.add(new Span(since, micros));
            }
        }
    }

    public synchronized boolean isUp() {
        return up;
    }

    /** Whether {@code stamp} falls in one of the stretches. */
    public synchronized boolean covers(long stamp) {
        return (up && stamp > since) || ended.stream().anyMatch(span -> stamp > span.after() && stamp <= span.until());
    }

    /** The stretches in which both were there, in order. */
    public List<Span> overlap(Spans other) {
        List<Span> mine = all();
        List<Span> theirs = other.all();
        var both = new ArrayList<Span>();
        int i = 0;
        int j = 0;
        while (i < mine.size() && j < theirs.size()) {
            Span a = mine.get(i);
            Span b = theirs.get(j);
            long after = Math.max(a.after(), b.after());
            long until = Math.min(a.until(), b.until());
            if (after < until) {
                both.add(new Span(after, until));
            }
            if (a.until() < b.until()) {
                i++;
            } else {
                j++;
            }
        }
        return both;
    }

    private synchronized List<Span> all() {
        var all = new ArrayList<>(ended);
        if (up) {
            all.add(new Span(since, Long.MAX_VALUE));
        }
        return all;
    }
}
