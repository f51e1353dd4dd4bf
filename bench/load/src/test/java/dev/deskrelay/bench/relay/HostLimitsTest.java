package dev.deskrelay.bench.relay;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HostLimitsTest {

    @Test
    void readsThisMachinesLimits() {
        assertTrue(HostLimits.openFiles() > 0);
        assertTrue(HostLimits.ephemeralPorts() > 1000);
        assertTrue(HostLimits.portRange().matches("\\d+-\\d+"), HostLimits.portRange());
        assertTrue(HostLimits.loadAverage() >= 0);
    }

    @Test
    void refusesARunWithMoreSocketsThanOpenFiles() {
        long limit = HostLimits.openFiles();
        assertDoesNotThrow(() -> HostLimits.requireRoomFor(10, true));
        if (limit < Integer.MAX_VALUE - HostLimits.RELAY_BASE_FILES) {
            assertThrows(IllegalArgumentException.class, () -> HostLimits.requireRoomFor((int) limit, true));
        }
    }
}
