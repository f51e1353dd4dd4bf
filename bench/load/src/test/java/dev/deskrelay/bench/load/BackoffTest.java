package dev.deskrelay.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final long MINUTE = 60_000_000;

    @Test
    void theWindowDoublesFromHalfASecondUpToThirtySeconds() {
        var backoff = new Backoff(() -> 1.0);
        var windows = new ArrayList<Duration>();
        for (int i = 0; i < 9; i++) {
            windows.add(backoff.next(0));
        }
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofSeconds(30),
                Duration.ofSeconds(30)), windows);
    }

    @Test
    void eachPauseIsSpreadOverItsWholeWindow() {
        double[] draws = {0.0, 0.5, 0.25};
        int[] next = {0};
        var backoff = new Backoff(() -> draws[next[0]++]);
        assertEquals(Duration.ZERO, backoff.next(0), "full jitter: a pause may be none at all");
        assertEquals(Duration.ofMillis(500), backoff.next(0), "half of the second window, 1 s");
        assertEquals(Duration.ofMillis(500), backoff.next(0), "a quarter of the third, 2 s");
    }

    @Test
    void countingStartsOverOnlyAfterAMinuteReady() {
        var backoff = new Backoff(() -> 1.0);
        backoff.next(0);
        backoff.next(0);
        backoff.ready(MINUTE);
        assertEquals(Duration.ofSeconds(2), backoff.next(2 * MINUTE - 1), "dropped within a minute: the pauses keep growing");
        backoff.ready(3 * MINUTE);
        assertEquals(Duration.ofMillis(500), backoff.next(4 * MINUTE), "a minute ready: the relay is healthy again");
        assertEquals(Duration.ofSeconds(1), backoff.next(4 * MINUTE + 1), "a failed attempt is no minute ready");
    }
}
