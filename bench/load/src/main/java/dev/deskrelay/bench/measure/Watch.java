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
    private volatile long newest = -1;
    private volatile long seenWhileWatching;

    /** From this moment on, every sample the agent sends is owed to the viewer. */
    public void start(long micros) {
        since = micros;
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
        return !started() || log.countAfter(Math.max(since, newest)) == 0;
    }

    public long owed(SampleLog log) {
        return started() ? log.countAfter(since) : 0;
    }

    public long lost(SampleLog log) {
        return started() ? log.countAfter(Math.max(since, newest)) : 0;
    }

    /** Owed, not seen, but made up for by a newer sample: the relay coalesced them. */
    public long skipped(SampleLog log) {
        return Math.max(0, owed(log) - seenWhileWatching - lost(log));
    }

    public long seenWhileWatching() {
        return seenWhileWatching;
    }
}
