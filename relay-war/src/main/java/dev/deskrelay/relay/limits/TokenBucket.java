package dev.deskrelay.relay.limits;

import java.util.function.LongSupplier;

/**
 * Up to {@code burst} messages at once, refilled at {@code perSecond}: a steady sender within its
 * rate never notices it, a burst is forgiven, a flood is refused.
 */
final class TokenBucket {

    private final double perNano;
    private final double burst;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;

    TokenBucket(double perSecond, int burst, LongSupplier nanoTime) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive rate and a burst of at least 1");
        }
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.nanoTime = nanoTime;
        this.tokens = burst;
        this.refilledAt = nanoTime.getAsLong();
    }

    synchronized boolean take() {
        refill();
        if (tokens >= 1) {
            tokens--;
            return true;
        }
        return false;
    }

    /** @return nanoseconds until a token is there to take; 0 when one is there now */
    synchronized long nanosUntilToken() {
        refill();
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
    }

    /** @return whether it is as full as it started, so it remembers nothing worth keeping */
    synchronized boolean full() {
        refill();
        return tokens >= burst;
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(burst, tokens + (now - refilledAt) * perNano);
        refilledAt = now;
    }
}
