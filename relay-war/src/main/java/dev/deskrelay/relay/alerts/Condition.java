package dev.deskrelay.relay.alerts;

import java.time.Duration;
import java.util.Objects;

/**
 * What makes a rule fire: its metric on one side of a threshold for at least {@code duration}. The
 * same duration back on the good side resolves it, so a value hovering near the threshold does not
 * raise and clear an alert on every sample.
 *
 * @param duration zero fires (and resolves) on the first sample past the threshold
 */
public record Condition(Metric metric, Comparison comparison, double threshold, Duration duration) {

    public Condition {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(duration, "duration");
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a finite number");
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative");
        }
    }

    boolean breached(double value) {
        return comparison.breached(value, threshold);
    }
}
