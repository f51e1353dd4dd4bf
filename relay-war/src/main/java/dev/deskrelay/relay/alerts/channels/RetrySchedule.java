package dev.deskrelay.relay.alerts.channels;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after 1 s, 4 s and 16 s, so a receiver restarting or
 * briefly overloaded still gets it, and one that is down costs four tries over about 21 s.
 */
record RetrySchedule(List<Duration> delays) {

    static final RetrySchedule STANDARD = new RetrySchedule(
            List.of(Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofSeconds(16)));

    /**
     * @param failedTry the try that failed, 0 for the first
     * @return how long to wait before the next, or empty when that was the last
     */
    Optional<Duration> after(int failedTry) {
        return failedTry < delays.size() ? Optional.of(delays.get(failedTry)) : Optional.empty();
    }
}
