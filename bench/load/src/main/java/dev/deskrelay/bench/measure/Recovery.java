package dev.deskrelay.bench.measure;

/**
 * When agents went missing during the hold and when all of them were back, from the number held
 * sampled over time (wall clock, milliseconds, so that the processes of one run and the moment a
 * node was killed can be set side by side). Only the last outage counts as recovered: a loss
 * that is followed by another is not over until the later one is.
 */
public final class Recovery {

    private long firstShortAt = -1;
    private long backAt = -1;
    private int fewest = Integer.MAX_VALUE;
    private boolean short_;

    /** {@code held} of {@code expected} agents were on an open, ready socket at {@code wallMillis}. */
    public synchronized void observe(long wallMillis, int held, int expected) {
        fewest = Math.min(fewest, held);
        if (held < expected) {
            if (firstShortAt < 0) {
                firstShortAt = wallMillis;
            }
            short_ = true;
            backAt = -1;
        } else if (short_) {
            short_ = false;
            backAt = wallMillis;
        }
    }

    /** The first moment any agent was missing, -1 never. */
    public synchronized long firstShortAt() {
        return firstShortAt;
    }

    /** When every agent was held again after the last outage; -1 never missing or not back yet. */
    public synchronized long backAt() {
        return backAt;
    }

    /** Whether agents are still missing at the last observation. */
    public synchronized boolean stillShort() {
        return short_;
    }

    public synchronized int fewestHeld() {
        return fewest == Integer.MAX_VALUE ? -1 : fewest;
    }
}
