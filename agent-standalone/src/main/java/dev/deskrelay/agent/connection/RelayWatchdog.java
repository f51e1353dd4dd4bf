package dev.deskrelay.agent.connection;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Notices a relay that stopped answering without closing the connection: behind a dead NAT entry
 * or a frozen proxy, TCP reports no error for many minutes. The agent pings now and then; the
 * relay answers every ping, so a connection that brought nothing at all for {@code silenceLimit}
 * is dead.
 */
final class RelayWatchdog {

    /**
     * @param checkEvery   how often to ask {@link #check()}
     * @param pingEvery    how often to ping
     * @param silenceLimit how long a silence proves the relay gone; several pings long, so one lost
     *                     pong is no reason to reconnect
     */
    record Timing(Duration checkEvery, Duration pingEvery, Duration silenceLimit) {
        static final Timing STANDARD = new Timing(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(25));
    }

    enum Verdict { WAIT, PING, DEAD }

    private final Timing timing;
    private final LongSupplier nanoTime;
    private volatile long lastHeard;
    private long lastPing;

    RelayWatchdog(Timing timing, LongSupplier nanoTime) {
        this.timing = timing;
        this.nanoTime = nanoTime;
        this.lastHeard = nanoTime.getAsLong();
        this.lastPing = lastHeard;
    }

    /** Anything arrived: a message or a pong. */
    void heard() {
        lastHeard = nanoTime.getAsLong();
    }

    synchronized Verdict check() {
        long now = nanoTime.getAsLong();
        if (now - lastHeard >= timing.silenceLimit().toNanos()) {
            return Verdict.DEAD;
        }
        if (now - lastPing >= timing.pingEvery().toNanos()) {
            lastPing = now;
            return Verdict.PING;
        }
        return Verdict.WAIT;
    }

    Duration checkEvery() {
        return timing.checkEvery();
    }

    Duration silenceLimit() {
        return timing.silenceLimit();
    }
}
