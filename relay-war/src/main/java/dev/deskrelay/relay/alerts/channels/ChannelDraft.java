package dev.deskrelay.relay.alerts.channels;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

import dev.deskrelay.relay.alerts.Severity;
import dev.deskrelay.relay.api.ApiError;

/** A channel as asked for, checked: what a create call may store. */
record ChannelDraft(String name, ChannelKind kind, String target, Severity minSeverity, String secret) {

    /** The body of {@code POST /api/alerts/channels}, as sent. */
    public record Request(String name, String kind, String target, String minSeverity, String secret) {
    }

    static final int MAX_TARGET = 2048;
    // one address, no display name or list: what a person types in the page
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>,;\"()\\[\\]]+@[^@\\s<>,;\"()\\[\\]]+\\.[^@\\s<>,;\"()\\[\\].]+");

    /** @throws ApiError 400 {@code bad_json}, {@code bad_name}, {@code bad_kind}, {@code bad_target}, {@code bad_severity}, {@code bad_secret} */
    static ChannelDraft of(Request request) {
        if (request == null) {
            throw new ApiError(400, "bad_json", "this call takes a JSON object");
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 64) {
            throw new ApiError(400, "bad_name", "a channel's name is 1 to 64 characters");
        }
        ChannelKind kind = ChannelKind.of(request.kind());
        String target = request.target() == null ? "" : request.target().strip();
        if (kind == ChannelKind.EMAIL ? !isAddress(target) : !isWebAddress(target)) {
            throw new ApiError(400, "bad_target", kind == ChannelKind.EMAIL
                    ? "an email channel's target is one e-mail address, like ops@example.com"
                    : "a " + kind.wire() + " channel's target is an http:// or https:// URL without a user or password");
        }
        Severity minimum = Severity.of(request.minSeverity() == null ? "info" : request.minSeverity());
        String secret = request.secret() == null || request.secret().isBlank() ? null : request.secret().strip();
        if (secret != null && (kind == ChannelKind.EMAIL || secret.length() > 255)) {
            throw new ApiError(400, "bad_secret", kind == ChannelKind.EMAIL
                    ? "an email channel takes no secret"
                    : "a secret is at most 255 characters");
        }
        return new ChannelDraft(name, kind, target, minimum, secret);
    }

    private static boolean isAddress(String target) {
        return target.length() <= 254 && ADDRESS.matcher(target).matches();
    }

    private static boolean isWebAddress(String target) {
        if (target.length() > MAX_TARGET) {
            return false;
        }
        try {
            URI uri = new URI(target);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
