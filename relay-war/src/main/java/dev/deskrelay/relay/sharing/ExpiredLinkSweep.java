package dev.deskrelay.relay.sharing;

import java.time.Duration;

import dev.deskrelay.relay.Sweeps;
import dev.deskrelay.relay.access.ShareLinks;
import dev.deskrelay.relay.routing.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Ends expired share links: the rows go, and the sockets watching through them are closed with
 * 4003 on every relay, within {@link #PERIOD} of the expiry. Until then a socket already open keeps
 * watching; no new one opens, since opening checks the expiry itself.
 */
@ApplicationScoped
public class ExpiredLinkSweep {

    static final Duration PERIOD = Duration.ofSeconds(15);

    @Inject
    ShareLinks links;
    @Inject
    Router router;
    @Inject
    Sweeps sweeps;

    void deployed(@Observes @Initialized(ApplicationScoped.class) Object application) {
        sweeps.every(PERIOD, "end expired share links", () -> links.removeExpired().forEach(router::revoke));
    }
}
