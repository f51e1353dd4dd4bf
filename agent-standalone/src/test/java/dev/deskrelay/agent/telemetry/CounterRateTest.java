package dev.deskrelay.agent.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CounterRateTest {

    @Test
    void isTheGrowthPerSecond() {
        assertEquals(2000.0, CounterRate.perSecond(5_000, 6_000, 500));
        assertEquals(0.0, CounterRate.perSecond(5_000, 5_000, 1_000));
    }

    @Test
    void aCounterThatWentBackwardsGivesZero() {
        assertEquals(0.0, CounterRate.perSecond(5_000, 100, 1_000));
    }

    @Test
    void noElapsedTimeGivesZeroNotInfinity() {
        assertEquals(0.0, CounterRate.perSecond(5_000, 6_000, 0));
        assertEquals(0.0, CounterRate.perSecond(5_000, 6_000, -10));
    }

    @Test
    void largeCountersKeepTheirPrecision() {
        long before = Long.MAX_VALUE - 10_000;
        assertEquals(10_000.0, CounterRate.perSecond(before, before + 10_000, 1_000));
    }
}
