package dev.deskrelay.agent.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;

class CpuSamplerTest {

    private final CentralProcessor processor = new SystemInfo().getHardware().getProcessor();

    @Test
    void everyValueIsAPercentageAndEveryLogicalCoreHasOne() {
        CpuSampler sampler = new CpuSampler(processor);

        for (int i = 0; i < 2; i++) {
            Busy.forMillis(300);
            CpuUsage usage = sampler.sample();
            assertPercent(usage.total());
            assertEquals(processor.getLogicalProcessorCount(), usage.cores().size());
            usage.cores().forEach(CpuSamplerTest::assertPercent);
        }
    }

    @Test
    void aBusyIntervalShowsUsage() {
        CpuSampler sampler = new CpuSampler(processor);

        Busy.forMillis(700);

        // one busy thread out of at most a few hundred cores is well above zero, in total and on some core
        CpuUsage usage = sampler.sample();
        assertTrue(usage.total() > 0, "total was " + usage.total());
        assertTrue(usage.cores().stream().anyMatch(core -> core > 0), "cores were " + usage.cores());
    }

    private static void assertPercent(double value) {
        assertTrue(value >= 0 && value <= 100, "was " + value);
    }
}
