package dev.deskrelay.relay.cluster;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Assertions;

/** Waits, bounded, for what the grid does asynchronously (replication, events). */
final class Eventually {

    private Eventually() {
    }

    static void holds(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                Assertions.fail("not within 10 s: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                Assertions.fail("interrupted while waiting for: " + what);
            }
        }
    }
}
