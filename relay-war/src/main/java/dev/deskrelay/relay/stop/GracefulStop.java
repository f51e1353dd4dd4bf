package dev.deskrelay.relay.stop;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.deskrelay.relay.actions.PendingActions;
import dev.deskrelay.relay.connection.ConnectionGuard;
import dev.deskrelay.relay.presence.LastSeenSweep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;

/**
 * A stop (SIGTERM, undeploy) the clients can tell from a crash: every pending action is answered
 * {@code relay_stopping} and every socket closed with 1001 after what is queued for it, so agents
 * and pages come back as soon as the relay does instead of waiting out an idle timeout.
 */
@ApplicationScoped
public class GracefulStop {

    private static final CloseReason GOING_AWAY = new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "the relay is stopping");
    private static final Logger LOG = Logger.getLogger(GracefulStop.class.getName());

    @Inject
    PendingActions actions;
    @Inject
    LastSeenSweep lastSeen;
    @Inject
    ConnectionGuard guard;
    @Inject
    @ConfigProperty(name = "deskrelay.stop-grace-seconds", defaultValue = "5")
    long graceSeconds;

    /** Before the application's beans go, while the sockets and the database still work. */
    void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object application) {
        LOG.info("stopping: answering pending actions and closing every socket with 1001");
        // whatever answering or auditing them meets while the container goes, the sockets must close
        try {
            actions.relayStopping();
        } catch (RuntimeException | LinkageError failed) {
            LOG.log(Level.WARNING, "could not answer every pending action: {0}", failed.toString());
        }
        // the container may be taking the database down already; the sockets must be closed anyway
        try {
            lastSeen.sweep();
        } catch (RuntimeException databaseGone) {
            LOG.log(Level.WARNING, "could not record when online devices were last seen: {0}", databaseGone.toString());
        }
        guard.closeAll(GOING_AWAY, Duration.ofSeconds(graceSeconds));
    }
}
