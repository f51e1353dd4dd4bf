package dev.deskrelay.agent.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final double ALMOST_ONE = Math.nextDown(1.0);

    private final AtomicLong now = new AtomicLong();

    @Test
    void eachPauseIsAtMostItsWindowAndTheWindowsDoubleUpToTheCap() {
        Backoff backoff = backoff(() -> ALMOST_ONE);

        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            millis.add(backoff.next().toMillis());
        }

        // just under 0.5, 1, 2, 4, 8, 16 s, then the 30 s cap
        assertEquals(List.of(499L, 999L, 1999L, 3999L, 7999L, 15999L, 29999L, 29999L, 29999L), millis);
    }

    @Test
    void thePauseCanBeAsShortAsNothing() {
        Backoff backoff = backoff(() -> 0.0);

        for (int i = 0; i < 12; i++) {
            assertEquals(Duration.ZERO, backoff.next());
        }
    }

    @Test
    void thePauseIsSpreadOverTheWholeWindow() {
        Random random = new Random(42);
        List<Duration> pauses = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Backoff backoff = backoff(random::nextDouble);
            for (int retry = 0; retry < 3; retry++) {
                backoff.next();
            }
            pauses.add(backoff.next());
        }

        Duration window = Duration.ofSeconds(4);
        assertTrue(pauses.stream().allMatch(pause -> !pause.isNegative() && pause.compareTo(window) < 0), "within [0, 4 s)");
        long belowHalf = pauses.stream().filter(pause -> pause.compareTo(window.dividedBy(2)) < 0).count();
        assertTrue(belowHalf > 900 && belowHalf < 1100, "about half below 2 s: " + belowHalf);
        assertTrue(pauses.stream().anyMatch(pause -> pause.compareTo(Duration.ofMillis(200)) < 0), "some near 0");
        assertTrue(pauses.stream().anyMatch(pause -> pause.compareTo(Duration.ofMillis(3800)) > 0), "some near 4 s");
    }

    @Test
    void aConnectionThatLastedAMinuteStartsTheCountOver() {
        Backoff backoff = backoff(() -> ALMOST_ONE);
        for (int i = 0; i < 5; i++) {
            backoff.next();
        }

        backoff.connected();
        now.addAndGet(Duration.ofSeconds(60).toNanos());

        assertEquals(499, backoff.next().toMillis());
        assertEquals(999, backoff.next().toMillis());
    }

    @Test
    void aConnectionThatDroppedSoonerKeepsTheCountGrowing() {
        Backoff backoff = backoff(() -> ALMOST_ONE);
        for (int i = 0; i < 5; i++) {
            backoff.next();
        }

        backoff.connected();
        now.addAndGet(Duration.ofSeconds(59).toNanos());

        assertEquals(15999, backoff.next().toMillis());
    }

    @Test
    void onlyTheConnectionBeforeAPauseCounts() {
        Backoff backoff = backoff(() -> ALMOST_ONE);
        backoff.next();
        backoff.connected();
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        backoff.next();

        // a minute of failing to connect after that is no healthy connection
        now.addAndGet(Duration.ofMinutes(1).toNanos());

        assertEquals(999, backoff.next().toMillis());
    }

    @Test
    void theStandardPolicyStartsWithinHalfASecond() {
        Duration first = Backoff.standard().next();

        assertTrue(!first.isNegative() && first.compareTo(Duration.ofMillis(500)) < 0, first.toString());
    }

    private Backoff backoff(java.util.function.DoubleSupplier random) {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(60), random, now::get);
    }
}
