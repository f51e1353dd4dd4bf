package dev.deskrelay.relay.account;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.deskrelay.relay.connection.TrustedProxies;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The session cookie's one shape. HttpOnly keeps it from scripts; SameSite=Strict keeps other
 * sites' pages from sending it, half of the API's CSRF defence; Secure whenever the browser came
 * over HTTPS (itself, or as a trusted proxy's {@code X-Forwarded-Proto} says), so it never
 * travels in the clear afterwards. Written as a header, where every attribute is in plain sight.
 */
@ApplicationScoped
public class SessionCookies {

    public static final String NAME = "deskrelay_session";

    @Inject
    Sessions sessions;
    @Inject
    @ConfigProperty(name = "deskrelay.trusted-proxies")
    Optional<String> trustedProxies;

    private TrustedProxies proxies;

    @PostConstruct
    void init() {
        proxies = TrustedProxies.of(trustedProxies.orElse(""));
    }

    /** @return the session secret the request carries */
    public Optional<String> of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(cookie -> NAME.equals(cookie.getName()))
                        .map(Cookie::getValue).filter(value -> !value.isEmpty()).findFirst();
    }

    /** @return the {@code Set-Cookie} value that gives the browser this session */
    public String set(HttpServletRequest request, String secret) {
        return header(request, secret, sessions.lifetime().toSeconds());
    }

    /** @return the {@code Set-Cookie} value that makes the browser forget its session */
    public String cleared(HttpServletRequest request) {
        return header(request, "", 0);
    }

    private String header(HttpServletRequest request, String value, long maxAge) {
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        return NAME + "=" + value + "; Path=" + path + "; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict"
                + (secure(request) ? "; Secure" : "");
    }

    private boolean secure(HttpServletRequest request) {
        return request.isSecure() || proxies.trusts(request.getRemoteAddr())
                && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }
}
