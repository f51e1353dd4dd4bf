package dev.deskrelay.relay.presence;

import java.time.Clock;
import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.deskrelay.relay.Sweeps;
import dev.deskrelay.relay.pairing.Devices;
import dev.deskrelay.relay.routing.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Keeps the stored {@code lastSeen} of online devices current, so that after a crash a device whose
 * agent does not come back shows when the relay last heard from it, not when it connected. An
 * online device's agent was heard within the idle timeout (the socket sweep closes a silent one),
 * so "now" is right for all of them and one batch write per period does, instead of a write per
 * frame. After a crash {@code lastSeen} is at most the period plus the idle timeout behind.
 */
@ApplicationScoped
public class LastSeenSweep {

    @Inject
    Devices devices;
    @Inject
    Router router;
    @Inject
    Clock clock;
    @Inject
    Sweeps sweeps;
    @Inject
    @ConfigProperty(name = "deskrelay.last-seen-write-seconds", defaultValue = "60")
    long periodSeconds;

    void deployed(@Observes @Initialized(ApplicationScoped.class) Object application) {
        sweeps.every(Duration.ofSeconds(periodSeconds), "record when online devices were last seen", this::sweep);
    }

    /** Writes "now" as the {@code lastSeen} of every device online at this moment. */
    public void sweep() {
        var online = router.devicesOnlineHere();
        if (!online.isEmpty()) {
            devices.seen(online, clock.millis());
        }
    }
}
