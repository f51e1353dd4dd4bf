package dev.deskrelay.bench.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WheelTest {

    @Test
    void runsEachTaskOncePerPeriodSpreadOverTheSlots() {
        var failures = new ArrayList<RuntimeException>();
        var wheel = new Wheel(Duration.ofMillis(50), Duration.ofMillis(10), failures::add);
        assertEquals(5, wheel.slots());
        int[] runs = new int[10];
        var perTurn = new ArrayList<Integer>();
        for (int i = 0; i < runs.length; i++) {
            int task = i;
            wheel.add(() -> runs[task]++);
        }
        for (int turn = 0; turn < 10; turn++) {
            int before = sum(runs);
            wheel.turn();
            perTurn.add(sum(runs) - before);
        }
        int[] twice = new int[10];
        java.util.Arrays.fill(twice, 2);
        assertArrayEquals(twice, runs, "two periods: every task ran twice");
        assertEquals(List.of(2, 2, 2, 2, 2, 2, 2, 2, 2, 2), perTurn, "never more than its share at once");
    }

    @Test
    void aFailingTaskStopsNeitherTheWheelNorItsNeighbours() {
        var failures = new ArrayList<RuntimeException>();
        var wheel = new Wheel(Duration.ofMillis(10), Duration.ofMillis(10), failures::add);
        int[] runs = new int[1];
        wheel.add(() -> {
            throw new IllegalStateException("boom");
        });
        wheel.add(() -> runs[0]++);
        wheel.turn();
        wheel.turn();
        assertEquals(2, runs[0]);
        assertEquals(2, failures.size());
    }

    private static int sum(int[] values) {
        return java.util.Arrays.stream(values).sum();
    }
}
