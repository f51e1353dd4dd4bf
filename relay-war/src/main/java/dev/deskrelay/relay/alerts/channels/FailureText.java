package dev.deskrelay.relay.alerts.channels;

import java.util.regex.Pattern;

/**
 * A failure as the channel's status shows it: the exception's class and message, with any URL cut
 * to its scheme, host and path (a query may hold a token) and any secret of the channel blanked,
 * at most what ALERT_CHANNELS.LASTERROR holds.
 */
final class FailureText {

    static final int MAX = 512;
    private static final Pattern QUERY = Pattern.compile("(https?://[^\\s?#]*)[?#]\\S*");

    private FailureText() {
    }

    /** The JDK's HTTP client throws a ConnectException without a message, its cause saying what went wrong. */
    static String of(Throwable failure, String secret) {
        String message = failure.getMessage();
        if ((message == null || message.isBlank()) && failure.getCause() != null) {
            message = failure.getCause().getMessage();
        }
        String text = failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
        return of(text, secret);
    }

    static String of(String text, String secret) {
        String cleaned = QUERY.matcher(text).replaceAll("$1");
        if (secret != null && !secret.isEmpty()) {
            cleaned = cleaned.replace(secret, "[secret]");
        }
        return cleaned.length() <= MAX ? cleaned : cleaned.substring(0, MAX - 1) + "…";
    }
}
