package dev.deskrelay.bench.measure;

/**
 * One viewer's view of one agent's samples: since when it watches, the newest sample it saw, and
 * how many it saw. After the run, against the agent's {@link SampleLog}: a sample is lost only if
 * it was sent while watching and the viewer saw neither it nor anything newer (the relay promises
 * the latest value, not every value), and skipped if a newer one made up for it.
 * Written by the viewer's socket callbacks, one at a time; read when the run is over.
 */
public final class Watch {

    private volatile long since = -1;
    private volatile long until = Long.MAX_VALUE;
    private volatile long newest = -1;
    private volatile long seenWhileWatching;

    /** From this moment on, every sample the agent sends is owed to the viewer. */
    public void start(long micros) {
        since = micros;
    }

    /**
     * The viewer's socket died: nothing sent after this is owed to it (its end is an error of its
     * own), so losses count only what the relay lost while both ends were there.
     */
    public void end(long micros) {
        until = Math.min(until, micros);
    }

    public boolean started() {
        return since >= 0;
    }

    /** @return false when the sample is not newer than one seen before: repeated or out of order */
    public boolean seen(long stamp) {
        if (stamp <= newest) {
            return false;
        }
        newest = stamp;
        if (since >= 0 && stamp > since) {
            seenWhileWatching++;
        }
        return true;
    }

    /** The viewer has seen the agent's newest sample, or the agent sent none since it started. */
    public boolean caughtUp(SampleLog log) {
        return lost(log) == 0;
    }

    public long owed(SampleLog log) {
        return between(log, since);
    }

    public long lost(SampleLog log) {
        return between(log, Math.max(since, newest));
    }

    /** Samples stamped after {@code after}, up to the end of either socket. */
    private long between(SampleLog log, long after) {
        if (!started()) {
            return 0;
        }
        long end = Math.min(until, log.end());
        return end <= after ? 0 : log.countAfter(after) - log.countAfter(end);
    }

    /** Owed, not seen, but made up for by a newer sample: the relay coalesced them. */
    public long skipped(SampleLog log) {
        return Math.max(0, owed(log) - seenWhileWatching - lost(log));
    }

    public long seenWhileWatching() {
        return seenWhileWatching;
    }
}
