package dev.deskrelay.agent.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.deskrelay.agent.connection.RelayWatchdog.Verdict;

class RelayWatchdogTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final RelayWatchdog watchdog = new RelayWatchdog(RelayWatchdog.Timing.STANDARD, now::get);

    @Test
    void aFreshConnectionWaits() {
        assertEquals(Verdict.WAIT, watchdog.check());
        advance(9_999);
        assertEquals(Verdict.WAIT, watchdog.check());
    }

    @Test
    void itPingsEveryTenSecondsAndOnlyOnceEach() {
        advance(10_000);
        assertEquals(Verdict.PING, watchdog.check());
        assertEquals(Verdict.WAIT, watchdog.check());

        watchdog.heard();
        advance(9_000);
        assertEquals(Verdict.WAIT, watchdog.check());
        advance(1_000);
        assertEquals(Verdict.PING, watchdog.check());
    }

    @Test
    void twentyFiveSecondsWithNothingHeardMeansTheRelayIsGone() {
        advance(10_000);
        assertEquals(Verdict.PING, watchdog.check());
        advance(10_000);
        assertEquals(Verdict.PING, watchdog.check());
        advance(4_999);
        assertEquals(Verdict.WAIT, watchdog.check());
        advance(1);
        assertEquals(Verdict.DEAD, watchdog.check());
        assertEquals(Verdict.DEAD, watchdog.check());
    }

    @Test
    void hearingAnythingKeepsTheConnectionAlive() {
        for (int second = 1; second <= 120; second++) {
            advance(1_000);
            if (second % 10 == 0) {
                watchdog.heard();
            }
            assertEquals(second % 10 == 0 ? Verdict.PING : Verdict.WAIT, watchdog.check(), "at " + second + " s");
        }
    }

    @Test
    void checkedEverySecondASilentRelayIsNoticedWithinThirtySeconds() {
        watchdog.heard();
        int seconds = 0;
        while (watchdog.check() != Verdict.DEAD) {
            advance(watchdog.checkEvery().toMillis());
            seconds++;
        }
        assertEquals(25, seconds);
    }

    private void advance(long millis) {
        now.addAndGet(Duration.ofMillis(millis).toNanos());
    }
}
