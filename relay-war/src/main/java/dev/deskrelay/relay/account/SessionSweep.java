package dev.deskrelay.relay.account;

import java.time.Duration;

import dev.deskrelay.relay.Sweeps;
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

    @Inject
    Sessions sessions;
    @Inject
    Invites invites;
    @Inject
    Sweeps sweeps;

    void deployed(@Observes @Initialized(ApplicationScoped.class) Object application) {
        sweeps.every(PERIOD, "remove expired sessions and invites", () -> {
            sessions.removeExpired();
            invites.removeExpired();
        });
    }
}
