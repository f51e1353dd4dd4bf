package dev.deskrelay.agent;

import java.math.BigDecimal;
import java.time.Duration;

/** Seconds between telemetry samples: at least 0.2 (a relay serves many agents), at most an hour. */
record Interval(BigDecimal seconds) {

    static final BigDecimal MIN = new BigDecimal("0.2");
    static final BigDecimal MAX = BigDecimal.valueOf(3600);
    static final Interval DEFAULT = new Interval(BigDecimal.ONE);

    Interval {
        if (seconds == null || seconds.compareTo(MIN) < 0 || seconds.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("the interval must be " + MIN + " to " + MAX + " seconds, not " + seconds);
        }
    }

    /** @param text seconds, e.g. {@code 1} or {@code 0.5} */
    static Interval parse(String text) {
        try {
            return new Interval(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the interval is a number of seconds, e.g. 1 or 0.5, not " + text);
        }
    }

    Duration duration() {
        return Duration.ofNanos(seconds.movePointRight(9).longValue());
    }
}
