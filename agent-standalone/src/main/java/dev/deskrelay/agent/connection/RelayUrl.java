package dev.deskrelay.agent.connection;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The relay's base address, {@code ws://host:port[/context]}, without a trailing slash. */
public record RelayUrl(URI base) {

    /** @throws IllegalArgumentException with a message for the user when the text is no relay address */
    public static RelayUrl parse(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the relay URL is not a URL: " + text);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("ws") && !scheme.equals("wss")) {
            throw new IllegalArgumentException("the relay URL must start with ws:// or wss://: " + text);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("the relay URL has no host: " + text);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("the relay URL must not have a query or fragment: " + text);
        }
        String path = uri.getRawPath().replaceAll("/+$", "");
        return new RelayUrl(URI.create(scheme + "://" + uri.getRawAuthority() + path));
    }

    public URI agentEndpoint() {
        return URI.create(base + "/agent");
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
