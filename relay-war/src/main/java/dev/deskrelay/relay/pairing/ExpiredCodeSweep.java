package dev.deskrelay.relay.pairing;

import java.time.Duration;

import dev.deskrelay.relay.Sweeps;
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

    @Inject
    PairingCodes codes;
    @Inject
    Sweeps sweeps;

    void deployed(@Observes @Initialized(ApplicationScoped.class) Object application) {
        sweeps.every(PERIOD, "remove expired pairing codes", codes::removeExpired);
    }
}
