package dev.deskrelay.agent.connection;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Exponential backoff with full jitter: the pause before retry {@code n} (from 0) is uniformly
 * random between 0 and {@code min(cap, base·2^n)}. Spreading each pause over its whole window
 * keeps a fleet of agents from dialling a restarted relay in lockstep. A connection that stayed
 * up for {@code resetAfter} shows the relay is healthy again, so counting starts over; one that
 * drops sooner keeps the count growing, so a relay that accepts and then fails is not hammered.
 */
public final class Backoff {

    private final Duration base;
    private final Duration cap;
    private final Duration resetAfter;
    private final DoubleSupplier random;
    private final LongSupplier nanoTime;
    private int retries;
    private long connectedAt;
    private boolean connected;

    /**
     * @param random   uniform in [0, 1)
     * @param nanoTime a monotonic clock, as {@link System#nanoTime()}
     */
    Backoff(Duration base, Duration cap, Duration resetAfter, DoubleSupplier random, LongSupplier nanoTime) {
        this.base = base;
        this.cap = cap;
        this.resetAfter = resetAfter;
        this.random = random;
        this.nanoTime = nanoTime;
    }

    public static Backoff standard() {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(60),
                () -> ThreadLocalRandom.current().nextDouble(), System::nanoTime);
    }

    synchronized void connected() {
        connected = true;
        connectedAt = nanoTime.getAsLong();
    }

    /** The pause before the next attempt, after a connection ended or could not be opened. */
    synchronized Duration next() {
        if (connected && nanoTime.getAsLong() - connectedAt >= resetAfter.toNanos()) {
            retries = 0;
        }
        connected = false;
        double window = Math.min(cap.toNanos(), base.toNanos() * Math.pow(2, retries));
        if (window < cap.toNanos()) {
            retries++;
        }
        return Duration.ofNanos((long) (random.getAsDouble() * window));
    }
}
