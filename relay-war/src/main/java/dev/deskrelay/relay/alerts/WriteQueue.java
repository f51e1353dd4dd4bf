package dev.deskrelay.relay.alerts;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes waiting for the database, run one at a time in the order they came, so a routing thread
 * that changed a rule's state never waits for it. Bounded: when the database is so slow that the
 * queue is full, a change is dropped (and logged) rather than holding memory or routing up.
 */
final class WriteQueue {

    private static final Logger LOG = Logger.getLogger(WriteQueue.class.getName());

    private final BlockingQueue<Runnable> waiting;
    private final Executor executor;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final ReentrantLock writing = new ReentrantLock();

    /** @param executor runs the drains; one at a time, so the writes keep their order */
    WriteQueue(int capacity, Executor executor) {
        this.waiting = new ArrayBlockingQueue<>(capacity);
        this.executor = executor;
    }

    /** @return false when the queue is full and the write is dropped */
    boolean add(Runnable write) {
        if (!waiting.offer(write)) {
            return false;
        }
        drainSoon();
        return true;
    }

    private void drainSoon() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException stopping) {
            draining.set(false);
        }
    }

    /** Writes what is waiting now, on the caller's thread: the relay is stopping and the scheduler with it. */
    void close() {
        writeWaiting();
    }

    private void drain() {
        writeWaiting();
        draining.set(false);
        // added after the last poll and before the flag went down: nobody else asked for a drain
        if (!waiting.isEmpty()) {
            drainSoon();
        }
    }

    /* One writer at a time, so the writes keep their order even when close() meets a drain. */
    private void writeWaiting() {
        writing.lock();
        try {
            Runnable write;
            while ((write = waiting.poll()) != null) {
                try {
                    write.run();
                } catch (RuntimeException failed) {
                    LOG.log(Level.WARNING, "could not store an alert's change of state", failed);
                }
            }
        } finally {
            writing.unlock();
        }
    }
}
