package dev.deskrelay.relay.alerts;

/** Which side of a rule's threshold is bad: above for load, below for e.g. free space or traffic. */
public enum Comparison {
    ABOVE,
    BELOW;

    /** Strictly past the threshold: a value exactly on it is still fine. NaN is never bad. */
    boolean breached(double value, double threshold) {
        return this == ABOVE ? value > threshold : value < threshold;
    }
}
