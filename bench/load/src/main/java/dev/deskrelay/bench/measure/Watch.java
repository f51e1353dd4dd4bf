package dev.deskrelay.bench.measure;

import java.util.List;

/**
 * One viewer's view of one agent's samples: when it watched (from each {@code paired} or
 * {@code authenticated} to its socket's end; a viewer that reconnects watches several times), the
 * newest sample it saw, and how many it saw. After the run, against the agent's {@link SampleLog}:
 * a sample is owed if it was sent while the viewer watched and the agent's socket was up; it is
 * lost only if the viewer saw neither it nor anything newer (the relay promises the latest value,
 * not every value, and a reconnected viewer's newer samples make up for what its drop missed), and
 * skipped if a newer one made up for it.
 * Written by the viewer's socket callbacks, one at a time; read when the run is over.
 */
public final class Watch {

    private final Spans watching = Spans.absent();
    private volatile long newest = -1;
    private volatile long seenWhileWatching;

    /** From this moment on, every sample the agent sends while it is up is owed to the viewer. */
    public void start(long micros) {
        watching.begin(micros);
    }

    /**
     * The viewer's socket died: nothing sent after this, until it watches again, is owed to it
     * (its end is an error of its own), so losses count only what the relay lost while both ends
     * were there.
     */
    public void end(long micros) {
        watching.end(micros);
    }

    /** Between a {@link #start} and its {@link #end}. */
    public boolean watching() {
        return watching.isUp();
    }

    /** @return false when the sample is not newer than one seen before: repeated or out of order */
    public boolean seen(long stamp) {
        if (stamp <= newest) {
            return false;
        }
        newest = stamp;
        if (watching.covers(stamp)) {
            seenWhileWatching++;
        }
        return true;
    }

    /** The viewer has seen the agent's newest sample owed to it, or none was owed. */
    public boolean caughtUp(SampleLog log) {
        return lost(log) == 0;
    }

    public long owed(SampleLog log) {
        return log.countWithin(bothThere(log), Long.MIN_VALUE);
    }

    public long lost(SampleLog log) {
        return log.countWithin(bothThere(log), newest);
    }

    /** Owed, not seen, but made up for by a newer sample: the relay coalesced them. */
    public long skipped(SampleLog log) {
        return Math.max(0, owed(log) - seenWhileWatching - lost(log));
    }

    public long seenWhileWatching() {
        return seenWhileWatching;
    }

    private List<Spans.Span> bothThere(SampleLog log) {
        return watching.overlap(log.up());
    }
}
