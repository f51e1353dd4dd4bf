package dev.deskrelay.bench.load;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Starts {@code count} connections at a fixed rate, with at most {@code maxInFlight} of them
 * unfinished at once. The rate keeps the relay from meeting a thundering herd; the cap means a
 * relay slower than the rate sets the pace itself, so the connect rate measured is the relay's.
 */
public final class Ramp {

    /** What a ramp achieved: from its start to its last connection finishing, ready or not. */
    public record Outcome(int started, int finished, Duration took) {
    }

    private final Clockwork clockwork;
    private final double perSecond;
    private final int maxInFlight;

    public Ramp(Clockwork clockwork, double perSecond, int maxInFlight) {
        if (perSecond <= 0 || maxInFlight <= 0) {
            throw new IllegalArgumentException("a ramp needs a positive rate and room for one connection");
        }
        this.clockwork = clockwork;
        this.perSecond = perSecond;
        this.maxInFlight = maxInFlight;
    }

    /**
     * @param connect starts the i-th connection; its future completes when it is ready or failed
     * @param limit   the most the whole ramp may take; connections unfinished then are left to fail
     */
    public Outcome run(int count, IntFunction<CompletableFuture<?>> connect, Duration limit) {
        long start = System.nanoTime();
        if (count == 0) {
            return new Outcome(0, 0, Duration.ZERO);
        }
        var started = new AtomicInteger();
        var inFlight = new AtomicInteger();
        var finished = new AtomicInteger();
        var allFinished = new CompletableFuture<Void>();
        ScheduledFuture<?> pacer = clockwork.scheduler().scheduleAtFixedRate(() -> {
            long due = Math.min(count, 1 + (long) ((System.nanoTime() - start) / 1e9 * perSecond));
            while (started.get() < due && inFlight.get() < maxInFlight) {
                int index = started.getAndIncrement();
                inFlight.incrementAndGet();
                CompletableFuture<?> connection;
                try {
                    connection = connect.apply(index);
                } catch (RuntimeException failure) {
                    connection = CompletableFuture.failedFuture(failure);
                }
                connection.whenComplete((ready, failure) -> {
                    inFlight.decrementAndGet();
                    if (finished.incrementAndGet() == count) {
                        allFinished.complete(null);
                    }
                });
            }
        }, 0, Clockwork.TICK.toMillis(), TimeUnit.MILLISECONDS);
        try {
            allFinished.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // reported by the caller: fewer clients are ready than were asked for
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pacer.cancel(false);
        }
        return new Outcome(started.get(), finished.get(), Duration.ofNanos(System.nanoTime() - start));
    }
}
