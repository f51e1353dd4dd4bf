package dev.deskrelay.relay.audit;

import dev.deskrelay.relay.api.ApiError;

/**
 * What a reader asks of the audit log, checked: each filter is optional and they combine.
 *
 * @param device only this device's events, or null
 * @param account only this account's events, or null
 * @param kind only events of this kind, or null
 * @param before only events older than this event id (the previous page's {@code next}), or null
 * @param limit at most this many events
 */
public record AuditFilter(String device, String account, String kind, Long before, int limit) {

    static final int PAGE = 100;
    static final int MOST_PER_PAGE = 1000;
    static final int MOST_PER_DOWNLOAD = 100_000;
    private static final int LONGEST_VALUE = 255;

    /** Reads the query parameters as sent, blank as absent; a bad one is a typed 400. */
    static AuditFilter of(String device, String account, String kind, String before, String limit, int defaultLimit,
            int mostLimit) {
        return new AuditFilter(value("device", device), value("account", account), value("kind", kind),
                before(value("before", before)), limit(value("limit", limit), defaultLimit, mostLimit));
    }

    private static String value(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > LONGEST_VALUE) {
            throw bad(name + " is longer than " + LONGEST_VALUE + " characters");
        }
        return text.strip();
    }

    private static Long before(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw bad("before must be an event id, the \"next\" of the page before");
        }
    }

    private static int limit(String text, int defaultLimit, int mostLimit) {
        if (text == null) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= mostLimit) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw bad("limit must be a whole number from 1 to " + mostLimit);
    }

    private static ApiError bad(String message) {
        return new ApiError(400, "bad_query", message);
    }
}
