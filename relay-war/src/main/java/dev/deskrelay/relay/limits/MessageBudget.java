package dev.deskrelay.relay.limits;

import java.util.function.LongSupplier;

/**
 * One connection's message rate limit. A message over the budget is refused; a connection that
 * keeps sending while refused ({@code burst} refusals with nothing admitted between) is one to
 * close rather than answer.
 */
public final class MessageBudget {

    public enum Verdict { ADMIT, REFUSE, CLOSE }

    private final TokenBucket bucket;
    private final int patience;
    private int refusedInARow;

    public MessageBudget(Rate rate, LongSupplier nanoTime) {
        this.bucket = new TokenBucket(rate.perSecond(), rate.burst(), nanoTime);
        this.patience = rate.burst();
    }

    public synchronized Verdict spend() {
        if (bucket.take()) {
            refusedInARow = 0;
            return Verdict.ADMIT;
        }
        return ++refusedInARow >= patience ? Verdict.CLOSE : Verdict.REFUSE;
    }

    /** Messages per second, and how many may come at once. */
    public record Rate(double perSecond, int burst) {
    }
}
