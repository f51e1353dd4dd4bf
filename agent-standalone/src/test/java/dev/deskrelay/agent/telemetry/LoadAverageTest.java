package dev.deskrelay.agent.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class LoadAverageTest {

    @Test
    void keepsTheThreeAveragesInOrder() {
        assertEquals(List.of(0.42, 0.37, 0.0), LoadAverage.of(new double[] {0.42, 0.37, 0.0}));
    }

    @Test
    void anyMissingAverageMeansNone() {
        assertNull(LoadAverage.of(new double[] {-1, -1, -1}));
        assertNull(LoadAverage.of(new double[] {0.5, 0.4, -1}));
        assertNull(LoadAverage.of(new double[] {0.5, Double.NaN, 0.3}));
        assertNull(LoadAverage.of(new double[] {0.5}));
    }
}
