package dev.deskrelay.relay.pairing;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Removes expired pairing codes once a minute. Doing it while issuing a code cost a table scan
 * per enrolment, the largest cost of a burst of enrolments (docs/benchmarks.md).
 */
@ApplicationScoped
public class ExpiredCodeSweep {

    static final Duration PERIOD = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(ExpiredCodeSweep.class.getName());

    @Inject
    PairingCodes codes;
    @Inject
    ScheduledExecutorService scheduler;

    private ScheduledFuture<?> sweeps;

    void deployed(@Observes @Initialized(ApplicationScoped.class) Object application) {
        sweeps = scheduler.scheduleWithFixedDelay(this::sweep, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (sweeps != null) {
            sweeps.cancel(false);
        }
    }

    private void sweep() {
        // a failure must not end the schedule: the database may be back by the next sweep
        try {
            codes.removeExpired();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "could not remove expired pairing codes; trying again in a minute", failed);
        }
    }
}
