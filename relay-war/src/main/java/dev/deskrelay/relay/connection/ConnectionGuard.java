package dev.deskrelay.relay.connection;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.deskrelay.protocol.CloseCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;

/**
 * Payara's defaults are no idle timeout and no size limit; every socket gets both here, and one
 * that has not authenticated within the deadline is closed with {@link CloseCode#AUTH_TIMEOUT}.
 */
@ApplicationScoped
public class ConnectionGuard {

    @Inject
    ScheduledExecutorService scheduler;
    @Inject
    @ConfigProperty(name = "deskrelay.auth-timeout-seconds", defaultValue = "10")
    long authTimeoutSeconds;
    @Inject
    @ConfigProperty(name = "deskrelay.idle-timeout-seconds", defaultValue = "120")
    long idleTimeoutSeconds;

    /** Starts watching a freshly opened socket; returns it as the relay talks to it. */
    public SessionPeer watch(Session session, BooleanSupplier authenticated) {
        session.setMaxIdleTimeout(Duration.ofSeconds(idleTimeoutSeconds).toMillis());
        var peer = new SessionPeer(session);
        scheduler.schedule(() -> {
            if (peer.isOpen() && !authenticated.getAsBoolean()) {
                peer.close(CloseCode.AUTH_TIMEOUT.reason());
            }
        }, authTimeoutSeconds, TimeUnit.SECONDS);
        return peer;
    }
}
