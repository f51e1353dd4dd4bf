package dev.deskrelay.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void viewersWatchDistinctAgentsSpreadOverAll() {
        assertEquals(100, IntStream.range(0, 100).map(viewer -> Spread.watched(viewer, 100, 1000)).distinct().count());
        assertEquals(0, Spread.watched(0, 100, 1000));
        assertEquals(990, Spread.watched(99, 100, 1000));
        assertEquals(7, Spread.watched(7, 10, 10));
        assertEquals(20_000, IntStream.range(0, 20_000).map(viewer -> Spread.watched(viewer, 20_000, 20_000)).distinct().count());
    }

    @Test
    void theActingShareIsExactAndSpread() {
        assertEquals(50, IntStream.range(0, 100).filter(index -> Spread.acts(index, 0.5)).count());
        assertEquals(0, IntStream.range(0, 100).filter(index -> Spread.acts(index, 0)).count());
        assertEquals(100, IntStream.range(0, 100).filter(index -> Spread.acts(index, 1)).count());
        assertEquals(25, IntStream.range(0, 50).filter(index -> Spread.acts(index, 0.5)).count(), "half of the first half");
    }
}
