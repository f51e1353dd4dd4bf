package dev.deskrelay.relay;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class SweepsTest {

    @Test
    void aFailedRunDoesNotEndTheSchedule() throws InterruptedException {
        var scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            var runs = new CountDownLatch(3);
            var sweeps = new Sweeps(scheduler);
            sweeps.every(Duration.ofMillis(10), "fail on purpose", () -> {
                runs.countDown();
                throw new IllegalStateException("the database is away");
            });
            assertTrue(runs.await(5, TimeUnit.SECONDS), "ran again after failing");
            sweeps.stop();
        } finally {
            scheduler.shutdownNow();
        }
    }
}
