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

    /** The allowlist that admits every page, {@code Origin: null} (a page opened from a file) included. */
    public static final String ANY = "*";

    private final Set<String> allowed;
    private final boolean any;

    private OriginPolicy(Set<String> allowed, boolean any) {
        this.allowed = allowed;
        this.any = any;
    }

    /**
     * @param allowlist origins like {@code https://dash.example.com}, comma separated; may be blank
     * @throws IllegalArgumentException naming the first entry that is not an origin
     */
    public static OriginPolicy strict(String allowlist) {
        var allowed = Stream.of(allowlist.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(OriginPolicy::entry)
                .collect(Collectors.toUnmodifiableSet());
        return new OriginPolicy(allowed, false);
    }

    /** As {@link #strict}, or every page for {@value #ANY}: for an endpoint with no credential to steal. */
    public static OriginPolicy anyOr(String allowlist) {
        return allowlist.strip().equals(ANY) ? new OriginPolicy(Set.of(), true) : strict(allowlist);
    }

    /**
     * Never throws: a header that can't be understood is a page that is not admitted.
     *
     * @param origin the request's Origin header, or null
     * @param host   the request's Host header: the address the browser used to reach this relay
     */
    public boolean admits(String origin, String host) {
        if (origin == null || any) {
            return true;
        }
        String canonical = canonical(origin);
        return canonical != null && (allowed.contains(canonical) || sameOrigin(canonical, host));
    }

    // A browser sends scheme://host[:port] and nothing more; an entry with more would suggest a
    // narrower rule (one path, one user) than the policy can keep.
    private static String entry(String entry) {
        String canonical = canonical(entry);
        URI uri = canonical == null ? null : URI.create(entry.toLowerCase(Locale.ROOT));
        if (uri == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getRawUserInfo() != null || !(uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("'" + entry + "' is not an origin: write scheme://host[:port],"
                    + " e.g. https://dash.example.com");
        }
        return canonical;
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
        try {
            URI requested = URI.create(origin.getScheme() + "://" + host.strip().toLowerCase(Locale.ROOT));
            int requestedPort = requested.getPort() != -1 ? requested.getPort() : defaultPort(origin.getScheme());
            return origin.getHost().equals(requested.getHost()) && origin.getPort() == requestedPort;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") || scheme.equals("wss") ? 443 : 80;
    }
}
