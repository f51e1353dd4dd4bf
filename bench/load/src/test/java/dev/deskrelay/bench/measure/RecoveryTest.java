package dev.deskrelay.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecoveryTest {

    @Test
    void nothingMissingIsNoOutage() {
        var recovery = new Recovery();
        recovery.observe(1000, 10, 10);
        recovery.observe(2000, 10, 10);
        assertEquals(-1, recovery.firstShortAt());
        assertEquals(-1, recovery.backAt());
        assertFalse(recovery.stillShort());
        assertEquals(10, recovery.fewestHeld());
    }

    @Test
    void backIsWhenAllAreHeldAfterTheLastOutage() {
        var recovery = new Recovery();
        recovery.observe(1000, 10, 10);
        recovery.observe(1200, 5, 10);
        recovery.observe(1400, 10, 10);
        recovery.observe(1600, 9, 10);
        assertTrue(recovery.stillShort());
        assertEquals(-1, recovery.backAt(), "not back while one is missing");
        recovery.observe(1800, 10, 10);
        assertEquals(1200, recovery.firstShortAt());
        assertEquals(1800, recovery.backAt());
        assertEquals(5, recovery.fewestHeld());
    }
}
