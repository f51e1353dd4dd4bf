package dev.deskrelay.agent.telemetry;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keeps this thread on the CPU, so usage measured meanwhile is above zero. */
final class Busy {

    private Busy() {
    }

    static void forMillis(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        double sink = 0;
        while (System.nanoTime() < end) {
            sink += Math.sqrt(sink + 1);
        }
        // uses the result, so the loop can't be optimised away
        assertTrue(sink > 0);
    }
}
