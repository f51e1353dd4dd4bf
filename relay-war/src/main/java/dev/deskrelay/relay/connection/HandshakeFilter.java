package dev.deskrelay.relay.connection;

import java.io.IOException;
import java.util.Collections;
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
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a WebSocket handshake passes before Tyrus upgrades it (Tyrus's filter, which the container
 * registers after the application's): the client's address, taken from a trusted load balancer's
 * {@code X-Forwarded-For} ({@link TrustedProxies}) and handed on as the request's remote address,
 * which Tyrus gives the session; and the page's origin, refused with 403 when foreign. {@code /ws}
 * has an origin policy of its own: it carries no credential a foreign page could borrow, and the
 * prototype's page is opened from a file ({@code Origin: null}). The HTTP API ({@code /api}) passes
 * the same two: its calls are counted and audited under the client's address, and a foreign page's
 * call is refused like its socket (with the SameSite session cookie and JSON-only changes, the
 * API's defence against cross-site requests).
 */
@WebFilter(urlPatterns = {"/agent", "/viewer", "/ws", "/api/*"})
public class HandshakeFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(HandshakeFilter.class.getName());

    /** The reason refused handshakes are counted under, in the log and {@code deskrelay_sockets_refused_total}. */
    static final String REFUSED = "origin_not_allowed";
    /** The reason when the checks did not start (a bug: the settings were checked at deployment). */
    static final String NOT_STARTED = "handshake_checks_not_started";

    @Inject
    ConnectionGuard guard;
    @Inject
    @ConfigProperty(name = "deskrelay.allowed-origins")
    Optional<String> allowedOrigins;
    @Inject
    @ConfigProperty(name = "deskrelay.prototype.allowed-origins", defaultValue = OriginPolicy.ANY)
    String prototypeOrigins;
    @Inject
    @ConfigProperty(name = "deskrelay.trusted-proxies")
    Optional<String> trustedProxies;

    // null until init succeeds, and every handshake is refused until then
    private volatile OriginPolicy strict;
    private volatile OriginPolicy prototype;
    private volatile TrustedProxies proxies;

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
            proxies = TrustedProxies.of(trustedProxies.orElse(""));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the handshake checks did not start: every WebSocket handshake is refused", e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String client = clientAddress(request);
        if (admits(request)) {
            chain.doFilter(new FromClient(request, client, forwardedOverHttps(request)), response);
        } else if (proxies == null) {
            guard.refusedHandshake(NOT_STARTED, client);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the relay's handshake checks did not start");
        } else {
            guard.refusedHandshake(REFUSED, client);
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "origin not allowed");
        }
    }

    // Fails closed: a policy that did not start, or a check that throws, admits nobody.
    private boolean admits(HttpServletRequest request) {
        try {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            OriginPolicy policy = path.equals("/ws") ? prototype : strict;
            return policy != null && proxies != null
                    && policy.admits(request.getHeader("Origin"), request.getHeader("Host"));
        } catch (RuntimeException e) {
            LOG.warning(() -> "refused a handshake: the origin check failed with " + e);
            return false;
        }
    }

    /** A trusted proxy says the browser reached it over TLS, which the session cookie's Secure flag follows. */
    private boolean forwardedOverHttps(HttpServletRequest request) {
        TrustedProxies trusted = proxies;
        return trusted != null && trusted.trusts(request.getRemoteAddr())
                && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    /** Where a trusted proxy says the client is; the connection's own address if that can't be said. */
    private String clientAddress(HttpServletRequest request) {
        TrustedProxies trusted = proxies;
        try {
            return trusted == null ? request.getRemoteAddr()
                    : trusted.client(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
        } catch (RuntimeException e) {
            LOG.warning(() -> "took a handshake's own address: reading X-Forwarded-For failed with " + e);
            return request.getRemoteAddr();
        }
    }

    /** The request as the client made it: from the address a trusted proxy says it came from. */
    private static final class FromClient extends HttpServletRequestWrapper {

        private final String address;
        private final boolean forwardedOverHttps;

        FromClient(HttpServletRequest request, String address, boolean forwardedOverHttps) {
            super(request);
            this.address = address;
            this.forwardedOverHttps = forwardedOverHttps;
        }

        @Override
        public String getRemoteAddr() {
            return address;
        }

        // past this wrapper the proxy's own address is gone, so whoever asks later could not tell
        @Override
        public boolean isSecure() {
            return forwardedOverHttps || super.isSecure();
        }
    }
}
