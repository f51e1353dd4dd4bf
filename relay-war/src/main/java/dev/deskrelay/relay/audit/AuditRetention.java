package dev.deskrelay.relay.audit;

import java.time.Clock;
import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.deskrelay.relay.Sweeps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Removes events older than {@code deskrelay.audit-days} at start and every six hours: the cut-off
 * need not be exact to the hour, and one delete a few times a day costs nothing noticeable. Every
 * node sweeps; a second delete of the same rows finds none.
 */
@ApplicationScoped
public class AuditRetention {

    static final Duration PERIOD = Duration.ofHours(6);

    @Inject
    @ConfigProperty(name = "deskrelay.audit-days", defaultValue = "90")
    int days;
    @Inject
    AuditStore store;
    @Inject
    Clock clock;
    @Inject
    Sweeps sweeps;

    void deployed(@Observes @Initialized(ApplicationScoped.class) Object application) {
        sweeps.every(PERIOD, "remove old audit events",
                () -> store.removeBefore(clock.millis() - Duration.ofDays(days).toMillis()));
    }
}
