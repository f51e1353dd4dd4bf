package dev.deskrelay.agent.telemetry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import oshi.SystemInfo;

class CpuSamplerTest {

    @Test
    void twoSamplesAreBothPercentages() throws InterruptedException {
        CpuSampler sampler = new CpuSampler(new SystemInfo().getHardware().getProcessor());

        for (int i = 0; i < 2; i++) {
            busyFor(500);
            double cpu = sampler.sample();
            assertTrue(cpu >= 0 && cpu <= 100, "cpu was " + cpu);
        }
    }

    @Test
    void aBusyIntervalShowsUsage() throws InterruptedException {
        CpuSampler sampler = new CpuSampler(new SystemInfo().getHardware().getProcessor());

        busyFor(700);

        // one busy thread out of at most a few hundred cores is well above zero
        double cpu = sampler.sample();
        assertTrue(cpu > 0, "cpu was " + cpu);
    }

    private static void busyFor(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        double sink = 0;
        while (System.nanoTime() < end) {
            sink += Math.sqrt(sink + 1);
        }
        assertTrue(sink > 0);
    }
}
