package dev.deskrelay.relay.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Events waiting to be written, so that a socket thread firing one never waits for the database.
 * A batch goes to the writer, in one transaction, when {@value #BATCH} are waiting or when the
 * next drain comes; when the queue is full, the firer writes its own event: the log then slows
 * the firers down rather than losing anything.
 */
final class AuditQueue {

    static final int BATCH = 100;

    private final BlockingQueue<AuditEvent> waiting;
    private final Consumer<List<AuditEvent>> writer;
    private final Runnable batchReady;
    // one drain at a time, so batches are written in the order they were queued
    private final ReentrantLock draining = new ReentrantLock();
    private volatile boolean closed;

    /**
     * @param capacity how many may wait before firers write their own
     * @param writer writes a batch in one transaction
     * @param batchReady asks for a drain soon, on another thread, at every event added while a full
     *     batch is waiting; it should ask once until the drain begins
     */
    AuditQueue(int capacity, Consumer<List<AuditEvent>> writer, Runnable batchReady) {
        this.waiting = new ArrayBlockingQueue<>(capacity);
        this.writer = writer;
        this.batchReady = batchReady;
    }

    void add(AuditEvent event) {
        if (closed || !waiting.offer(event)) {
            writer.accept(List.of(event));
            return;
        }
        if (closed) {
            // closed while this one was being queued: the last drain may have missed it
            drain();
        } else if (waiting.size() >= BATCH) {
            // not == BATCH: with firers adding at once, the size that one of them sees may skip it
            batchReady.run();
        }
    }

    /** Writes what is waiting; from now on firers write their own, as nothing drains any more. */
    void close() {
        closed = true;
        drain();
    }

    /** Writes what is waiting, a batch at a time, until nothing is. */
    void drain() {
        draining.lock();
        try {
            List<AuditEvent> batch = new ArrayList<>(BATCH);
            while (waiting.drainTo(batch, BATCH) > 0) {
                writer.accept(List.copyOf(batch));
                batch.clear();
            }
        } finally {
            draining.unlock();
        }
    }

    int waiting() {
        return waiting.size();
    }
}
