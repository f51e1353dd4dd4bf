package dev.deskrelay.relay.connection;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses WebSocket handshakes from pages of foreign origins with 403. It runs before Tyrus's own
 * upgrade filter, which the container registers after the application's filters. {@code /ws} has
 * a policy of its own: it carries no credential a foreign page could borrow, and the prototype's
 * page is opened from a file ({@code Origin: null}).
 */
@WebFilter(urlPatterns = {"/agent", "/viewer", "/ws"})
public class OriginFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(OriginFilter.class.getName());

    /** The reason refused handshakes are counted under, in the log and {@code deskrelay_sockets_refused_total}. */
    static final String REFUSED = "origin_not_allowed";

    @Inject
    ConnectionGuard guard;
    @Inject
    @ConfigProperty(name = "deskrelay.allowed-origins")
    Optional<String> allowedOrigins;
    @Inject
    @ConfigProperty(name = "deskrelay.prototype.allowed-origins", defaultValue = OriginPolicy.ANY)
    String prototypeOrigins;

    // null until init succeeds, and every handshake is refused until then
    private volatile OriginPolicy strict;
    private volatile OriginPolicy prototype;

    /**
     * Never throws: Payara leaves a filter whose init throws out of the chain and serves the
     * sockets unchecked. The settings were checked at deployment ({@code SettingsCheck}), so a
     * failure here is a bug, and it refuses every browser.
     */
    @Override
    public void init() {
        try {
            strict = OriginPolicy.strict(allowedOrigins.orElse(""));
            prototype = OriginPolicy.anyOr(prototypeOrigins);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the origin policy did not start: every WebSocket handshake is refused", e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (admits(request, origin)) {
            chain.doFilter(request, response);
        } else {
            guard.refusedHandshake(REFUSED, request.getRemoteAddr());
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "origin not allowed");
        }
    }

    // Fails closed: a policy that did not start, or a check that throws, admits nobody.
    private boolean admits(HttpServletRequest request, String origin) {
        try {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            OriginPolicy policy = path.equals("/ws") ? prototype : strict;
            return policy != null && policy.admits(origin, request.getHeader("Host"));
        } catch (RuntimeException e) {
            LOG.warning(() -> "refused a handshake: the origin check failed with " + e);
            return false;
        }
    }
}
