package dev.deskrelay.relay.alerts.channels;

import java.util.Arrays;

import dev.deskrelay.relay.api.ApiError;

/** An alert's severity, in rising order, so that a channel takes those at or above its minimum. */
public enum Severity {
    INFO, WARNING, CRITICAL;

    public String wire() {
        return name().toLowerCase();
    }

    /** @throws ApiError 400 {@code bad_severity} */
    public static Severity of(String wire) {
        return Arrays.stream(values()).filter(severity -> severity.wire().equals(wire)).findFirst()
                .orElseThrow(() -> new ApiError(400, "bad_severity", "a severity is info, warning or critical"));
    }

    boolean reaches(Severity minimum) {
        return compareTo(minimum) >= 0;
    }
}
