package dev.deskrelay.relay.alerts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.deskrelay.relay.api.ApiError;

/**
 * Which of an account's alerts a page lists: by state ({@code firing} unacknowledged,
 * {@code acknowledged}, {@code resolved}), severity and device, newest first, before a cursor.
 */
record AlertFilter(String accountId, String state, String severity, String deviceId, Long before, int limit) {

    static final int MOST = 200;
    static final int DEFAULT = 50;
    private static final Set<String> STATES = Set.of("firing", "acknowledged", "resolved");

    /** @throws ApiError 400 {@code bad_query} for anything it cannot filter by */
    static AlertFilter of(String accountId, String state, String severity, String deviceId, String before,
            String limit) {
        if (state != null && !STATES.contains(state)) {
            throw bad("state is firing, acknowledged or resolved");
        }
        if (severity != null && Severity.parse(severity).isEmpty()) {
            throw bad("severity is info, warning or critical");
        }
        return new AlertFilter(accountId, state, severity, deviceId, number(before, "before"),
                limit == null ? DEFAULT : (int) Math.min(MOST, Math.max(1, number(limit, "limit"))));
    }

    String jpql() {
        var where = new StringBuilder("SELECT a FROM Alert a WHERE a.accountId = :account");
        if (state != null) {
            where.append(switch (state) {
                case "firing" -> " AND a.state = 'firing' AND a.acknowledgedAt IS NULL";
                case "acknowledged" -> " AND a.state = 'firing' AND a.acknowledgedAt IS NOT NULL";
                default -> " AND a.state = 'resolved'";
            });
        }
        parameters().keySet().stream().filter(name -> !name.equals("account"))
                .forEach(name -> where.append(name.equals("before") ? " AND a.id < :before" : " AND a." + name + " = :" + name));
        return where.append(" ORDER BY a.id DESC").toString();
    }

    Map<String, Object> parameters() {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("account", accountId);
        if (severity != null) {
            parameters.put("severity", severity);
        }
        if (deviceId != null) {
            parameters.put("deviceId", deviceId);
        }
        if (before != null) {
            parameters.put("before", before);
        }
        return parameters;
    }

    private static Long number(String text, String name) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notANumber) {
            throw bad(name + " must be a whole number");
        }
    }

    private static ApiError bad(String message) {
        return new ApiError(400, "bad_query", message);
    }
}
