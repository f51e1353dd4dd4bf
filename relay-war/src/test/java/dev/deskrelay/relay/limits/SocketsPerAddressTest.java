package dev.deskrelay.relay.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SocketsPerAddressTest {

    private final SocketsPerAddress caps = new SocketsPerAddress(2);

    @Test
    void anAddressGetsItsCapAndNoMore() {
        assertTrue(caps.tryOpen("10.0.0.1"));
        assertTrue(caps.tryOpen("10.0.0.1"));
        assertFalse(caps.tryOpen("10.0.0.1"));
        assertEquals(2, caps.open("10.0.0.1"), "a refused socket is not counted");
        assertTrue(caps.tryOpen("10.0.0.2"), "other addresses are not affected");
    }

    @Test
    void aClosedSocketFreesItsPlace() {
        caps.tryOpen("10.0.0.1");
        caps.tryOpen("10.0.0.1");
        caps.closed("10.0.0.1");
        assertTrue(caps.tryOpen("10.0.0.1"));
        caps.closed("10.0.0.1");
        caps.closed("10.0.0.1");
        caps.closed("10.0.0.1");
        assertEquals(0, caps.open("10.0.0.1"), "never below zero");
    }
}
