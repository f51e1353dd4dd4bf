package dev.deskrelay.relay.connection;

import java.io.IOException;
import java.util.Optional;
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
 * upgrade filter, which the container registers after the application's filters.
 */
@WebFilter(urlPatterns = {"/agent", "/viewer", "/ws"})
public class OriginFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(OriginFilter.class.getName());

    @Inject
    @ConfigProperty(name = "deskrelay.allowed-origins")
    Optional<String> allowedOrigins;

    private OriginPolicy policy;

    @Override
    public void init() {
        policy = new OriginPolicy(allowedOrigins.orElse(""));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (policy.admits(origin, request.getHeader("Host"))) {
            chain.doFilter(request, response);
        } else {
            LOG.info(() -> "refused a handshake from origin " + origin + " to " + request.getRequestURI());
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "origin not allowed");
        }
    }
}
