package dev.deskrelay.relay.presence;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.deskrelay.relay.pairing.Devices;
import dev.deskrelay.relay.routing.Router;
import jakarta.annotation.PreDestroy;
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

    private static final Logger LOG = Logger.getLogger(LastSeenSweep.class.getName());

    @Inject
    Devices devices;
    @Inject
    Router router;
    @Inject
    Clock clock;
    @Inject
    ScheduledExecutorService scheduler;
    @Inject
    @ConfigProperty(name = "deskrelay.last-seen-write-seconds", defaultValue = "60")
    long periodSeconds;

    private ScheduledFuture<?> sweeps;

    void deployed(@Observes @Initialized(ApplicationScoped.class) Object application) {
        sweeps = scheduler.scheduleWithFixedDelay(this::sweepQuietly, periodSeconds, periodSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (sweeps != null) {
            sweeps.cancel(false);
        }
    }

    /** Writes "now" as the {@code lastSeen} of every device online at this moment. */
    public void sweep() {
        var online = router.devicesOnlineHere();
        if (!online.isEmpty()) {
            devices.seen(online, clock.millis());
        }
    }

    private void sweepQuietly() {
        // a failure must not end the schedule: the database may be back by the next sweep
        try {
            sweep();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "could not record when online devices were last seen; trying again next period",
                    failed);
        }
    }
}
