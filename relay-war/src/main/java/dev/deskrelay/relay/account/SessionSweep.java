package dev.deskrelay.relay.account;

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
 * Removes expired sessions and invites every ten minutes: an expired session met at sign-in is
 * deleted then, but one whose browser never comes back would otherwise stay forever.
 */
@ApplicationScoped
public class SessionSweep {

    static final Duration PERIOD = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(SessionSweep.class.getName());

    @Inject
    Sessions sessions;
    @Inject
    Invites invites;
    @Inject
    ScheduledExecutorService scheduler;

    private ScheduledFuture<?> sweeps;

    void deployed(@Observes @Initialized(ApplicationScoped.class) Object application) {
        sweeps = Chores.every(scheduler, PERIOD, () -> {
            sessions.removeExpired();
            invites.removeExpired();
        }, LOG, "could not remove expired sessions and invites; trying again in ten minutes");
    }

    @PreDestroy
    void stop() {
        if (sweeps != null) {
            sweeps.cancel(false);
        }
    }
}
