package dev.deskrelay.relay.alerts;

import java.util.Arrays;
import java.util.Optional;

import dev.deskrelay.relay.api.ApiError;

/** An alert's severity, in rising order, so that a channel takes those at or above its minimum. */
public enum Severity {
    INFO, WARNING, CRITICAL;

    public String wire() {
        return name().toLowerCase();
    }

    public static Optional<Severity> parse(String wire) {
        return Arrays.stream(values()).filter(severity -> severity.wire().equals(wire)).findFirst();
    }

    /** @throws ApiError 400 {@code bad_severity} */
    public static Severity of(String wire) {
        return parse(wire).orElseThrow(() -> new ApiError(400, "bad_severity", "a severity is info, warning or critical"));
    }

    public boolean reaches(Severity minimum) {
        return compareTo(minimum) >= 0;
    }
}
