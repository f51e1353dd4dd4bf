package dev.deskrelay.bench.load;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The generator's timers: the wheels' ticks and the ramps, on two daemon threads. */
public final class Clockwork implements AutoCloseable {

    /** Fine enough that 20,000 agents at 1 Hz send 200 a tick, coarse enough to cost nothing idle. */
    public static final Duration TICK = Duration.ofMillis(10);

    private final ScheduledExecutorService scheduler;

    public Clockwork() {
        var names = new AtomicInteger();
        scheduler = Executors.newScheduledThreadPool(2, task -> {
            var thread = new Thread(task, "bench-clock-" + names.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public ScheduledFuture<?> start(Wheel wheel) {
        return scheduler.scheduleAtFixedRate(wheel::turn, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs {@code task} once after {@code delay}. */
    public void later(Duration delay, Runnable task) {
        scheduler.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
