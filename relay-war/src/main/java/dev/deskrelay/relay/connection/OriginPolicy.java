package dev.deskrelay.relay.connection;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which web pages may open sockets: the relay's own origin, plus an allowlist. Without this any
 * site a person visits could open a viewer socket with the browser's stored token (cross-site
 * WebSocket hijacking). Programs that are not browsers send no Origin and are not affected.
 */
public final class OriginPolicy {

    private final Set<String> allowed;

    /** @param allowlist origins like {@code https://dash.example.com}, comma separated; may be blank */
    public OriginPolicy(String allowlist) {
        this.allowed = Stream.of(allowlist.split(","))
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .map(OriginPolicy::canonical)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param origin the request's Origin header, or null
     * @param host   the request's Host header: the address the browser used to reach this relay
     */
    public boolean admits(String origin, String host) {
        if (origin == null) {
            return true;
        }
        String canonical = canonical(origin);
        return canonical != null && (allowed.contains(canonical) || sameOrigin(canonical, host));
    }

    /** scheme://host:port with the default port spelled out, or null for what is not an origin ("null"). */
    private static String canonical(String origin) {
        try {
            URI uri = URI.create(origin.strip().toLowerCase(Locale.ROOT));
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : defaultPort(uri.getScheme());
            return uri.getScheme() + "://" + uri.getHost() + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // Behind a TLS proxy the relay sees plain HTTP, so the scheme can't be compared: host and port can.
    private static boolean sameOrigin(String canonicalOrigin, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        URI origin = URI.create(canonicalOrigin);
        URI requested = URI.create(origin.getScheme() + "://" + host.strip().toLowerCase(Locale.ROOT));
        int requestedPort = requested.getPort() != -1 ? requested.getPort() : defaultPort(origin.getScheme());
        return origin.getHost().equals(requested.getHost()) && origin.getPort() == requestedPort;
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") || scheme.equals("wss") ? 443 : 80;
    }
}
