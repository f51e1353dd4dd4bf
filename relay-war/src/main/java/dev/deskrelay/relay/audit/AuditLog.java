package dev.deskrelay.relay.audit;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Writes every {@link Audited} event to the database through an {@link AuditQueue}: the firer,
 * often a socket's thread, only queues it, and the container's scheduler writes the queue in
 * batches every {@value #PERIOD_MILLIS} ms or as soon as a batch is full. What is queued when the
 * relay stops is written before it goes, after the sockets are closed (what closing them fires
 * included), while the database still works.
 */
@ApplicationScoped
public class AuditLog {

    static final long PERIOD_MILLIS = 200;
    /** About a minute of a busy relay's events; beyond it firers write their own. */
    static final int CAPACITY = 10_000;
    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    @Inject
    Clock clock;
    @Inject
    ScheduledExecutorService scheduler;
    @Inject
    AuditStore store;

    private AuditQueue queue;
    private ScheduledFuture<?> drains;
    private final AtomicBoolean drainAsked = new AtomicBoolean();

    @PostConstruct
    void start() {
        queue = new AuditQueue(CAPACITY, this::write, this::drainSoon);
    }

    // the log starts with the application, not at the first event, so its schedule always runs
    void deployed(@Observes @Initialized(ApplicationScoped.class) Object application) {
        drains = scheduler.scheduleWithFixedDelay(queue::drain, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Synchronous for the firer, and quick: the time is the firing's, the writing comes later. */
    void record(@Observes Audited event) {
        queue.add(new AuditEvent(event, clock.millis()));
    }

    /** After {@code GracefulStop}'s observer (default priority), which closes the sockets. */
    void stopping(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) @BeforeDestroyed(ApplicationScoped.class)
            Object application) {
        if (drains != null) {
            drains.cancel(false);
        }
        queue.close();
    }

    /** One task until it runs: each costs the managed executor a class path scan to capture its context. */
    private void drainSoon() {
        if (!drainAsked.compareAndSet(false, true)) {
            return;
        }
        try {
            scheduler.execute(() -> {
                drainAsked.set(false);
                queue.drain();
            });
        } catch (RejectedExecutionException stopping) {
            // the relay is stopping: stopping() drains what is waiting
        }
    }

    /*
     * A batch the database refuses is lost, not retried: a database that stays down would
     * otherwise hold every later event in memory. The firers never see the failure.
     */
    private void write(List<AuditEvent> batch) {
        try {
            store.write(batch);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "could not write " + batch.size() + " audit events; they are not in the audit log", failed);
        }
    }
}
