package dev.deskrelay.agent.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.Sample;
import oshi.SystemInfo;
import oshi.hardware.HardwareAbstractionLayer;

class MachineSamplerTest {

    private final SystemInfo system = new SystemInfo();
    private final HardwareAbstractionLayer hardware = system.getHardware();

    @Test
    void everyValueOfThisMachineIsInRange() {
        MachineSampler machine = new MachineSampler(system);
        Busy.forMillis(300);

        Sample sample = machine.sample();

        assertTrue(sample.cpu() >= 0 && sample.cpu() <= 100, "cpu was " + sample.cpu());
        assertEquals(hardware.getProcessor().getLogicalProcessorCount(), sample.cores().size());
        assertEquals(hardware.getMemory().getTotal(), sample.memory().total());
        assertTrue(sample.memory().used() > 0 && sample.memory().used() <= sample.memory().total(),
                "memory was " + sample.memory());
        if (sample.swap() != null) {
            assertTrue(sample.swap().total() > 0 && sample.swap().used() <= sample.swap().total(),
                    "swap was " + sample.swap());
        }
        assertTrue(sample.uptime() > 0, "uptime was " + sample.uptime());
    }

    @Test
    void loadAverageIsThereWhereTheSystemHasOne() {
        Sample sample = new MachineSampler(system).sample();

        if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows")) {
            assertNotNull(sample.load());
        }
        if (sample.load() != null) {
            assertTrue(sample.load().stream().allMatch(average -> average >= 0), "load was " + sample.load());
        }
    }

    @Test
    void aRestartedSamplerStillMeasuresTheNextInterval() {
        MachineSampler machine = new MachineSampler(system);
        machine.restart();
        Busy.forMillis(500);

        assertTrue(machine.sample().cpu() > 0);
    }
}
