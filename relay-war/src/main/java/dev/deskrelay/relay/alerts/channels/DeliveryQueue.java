package dev.deskrelay.relay.alerts.channels;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The channels' own threads, so that sending never waits on anyone's thread but these: at most
 * {@code capacity} notices wait at once (beyond, {@link #offer} refuses, and the caller counts it),
 * and each delivery is tried again on the {@link RetrySchedule} without holding a thread meanwhile.
 */
final class DeliveryQueue implements AutoCloseable {

    /** One try at sending; throws what went wrong. */
    interface Send {
        void run() throws Exception;
    }

    /**
     * How each try went, so a channel's status follows its latest try: failing from the first
     * failure on (the page shows it while the retries go on), sound again when one succeeds.
     */
    interface Outcome {
        void succeeded();

        void failed(Exception failure);
    }

    private final ScheduledThreadPoolExecutor threads;
    private final int capacity;
    private final RetrySchedule schedule;
    private final AtomicInteger waiting = new AtomicInteger();

    DeliveryQueue(ThreadFactory factory, int threadCount, int capacity, RetrySchedule schedule) {
        this.threads = new ScheduledThreadPoolExecutor(threadCount, factory);
        this.capacity = capacity;
        this.schedule = schedule;
    }

    /** @return false when {@code capacity} notices wait already, or the queue is closed */
    boolean offer(Runnable notice) {
        if (waiting.incrementAndGet() > capacity) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            threads.execute(() -> {
                try {
                    notice.run();
                } finally {
                    waiting.decrementAndGet();
                }
            });
            return true;
        } catch (RejectedExecutionException closed) {
            waiting.decrementAndGet();
            return false;
        }
    }

    /** From a notice's work: tries now, and again on the schedule while it fails. */
    void deliver(Send send, Outcome outcome) {
        attempt(send, outcome, 0);
    }

    private void attempt(Send send, Outcome outcome, int tryNumber) {
        try {
            send.run();
        } catch (Exception failure) {
            outcome.failed(failure);
            schedule.after(tryNumber).ifPresent(delay -> retry(() -> attempt(send, outcome, tryNumber + 1), delay.toMillis()));
            return;
        }
        outcome.succeeded();
    }

    private void retry(Runnable next, long delayMillis) {
        try {
            threads.schedule(next, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // the relay is stopping: the try that failed is the last
        }
    }

    int waiting() {
        return waiting.get();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
