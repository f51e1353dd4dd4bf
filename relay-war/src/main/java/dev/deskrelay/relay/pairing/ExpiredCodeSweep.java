package dev.deskrelay.relay.pairing;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;

import dev.deskrelay.relay.Chores;
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
        sweeps = Chores.every(scheduler, PERIOD, codes::removeExpired, LOG,
                "could not remove expired pairing codes; trying again in a minute");
    }

    @PreDestroy
    void stop() {
        if (sweeps != null) {
            sweeps.cancel(false);
        }
    }
}
