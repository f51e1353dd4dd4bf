package dev.deskrelay.agent.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.SystemFacts;
import oshi.SystemInfo;

class SystemFactsReaderTest {

    @Test
    void describesThisMachineAndTheAgent() {
        SystemInfo system = new SystemInfo();

        SystemFacts facts = SystemFactsReader.read(system, "1.2.3");

        assertEquals("1.2.3", facts.agentVersion());
        assertFalse(facts.hostname().isBlank());
        assertFalse(facts.os().isBlank());
        assertNotNull(facts.osVersion());
        assertNotNull(facts.cpuModel());
        assertEquals(system.getHardware().getProcessor().getLogicalProcessorCount(), facts.logicalCores());
        assertTrue(facts.physicalCores() >= 1 && facts.physicalCores() <= facts.logicalCores(), facts.toString());
        assertEquals(system.getHardware().getMemory().getTotal(), facts.memoryTotal());
        assertTrue(facts.memoryTotal() > 0);
    }
}
