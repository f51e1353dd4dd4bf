package dev.deskrelay.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void thePortsAreBelowTheEphemeralRangeAndCanBeBound() throws IOException {
        for (int i = 0; i < 20; i++) {
            int base = FreePorts.consecutive(4);
            assertTrue(base >= 20_000 && base + 3 < 32_768, "from 20000, below 32768: " + base);
            for (int port = base; port < base + 4; port++) {
                try (var socket = new ServerSocket()) {
                    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                }
            }
        }
    }

    @Test
    void aPortIsNeverHandedOutTwiceThoughNobodyBoundIt() {
        Set<Integer> given = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int base = FreePorts.consecutive(2);
            assertTrue(given.add(base) && given.add(base + 1), "handed out again: " + base);
        }
    }

    @Test
    void aRunWithATakenPortIsPassedOver() {
        // every run but the one from 25000 has a taken port in it
        int base = FreePorts.consecutive(3, port -> port >= 25_000 && port < 25_003, new Random(1) {
            private int calls;

            @Override
            public int nextInt(int origin, int bound) {
                return calls++ < 5 ? 24_999 : 25_000;
            }
        });
        assertEquals(25_000, base);
    }

    @Test
    void noFreeRunEndsInAnErrorRatherThanATakenPort() {
        assertThrows(IllegalStateException.class, () -> FreePorts.consecutive(2, port -> false, new Random(1)));
    }

    @Test
    void aRunNeverReachesIntoTheEphemeralRange() {
        int base = FreePorts.consecutive(10, port -> true, new Random(1) {
            @Override
            public int nextInt(int origin, int bound) {
                return bound - 1;
            }
        });
        assertEquals(32_000 - 10, base, "the last run that ends below 32000");
    }
}
