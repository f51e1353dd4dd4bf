package dev.deskrelay.timers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class PlainSchedulerTest {

    @Test
    void aCancelledTimerLeavesTheQueueAtOnce() {
        var scheduler = PlainScheduler.named("test-timers");
        try {
            scheduler.schedule(() -> { }, 1, TimeUnit.HOURS).cancel(false);
            assertTrue(scheduler.getQueue().isEmpty());
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void aTimerAfterShutdownIsDroppedNotThrown() {
        var scheduler = PlainScheduler.named("test-timers");
        scheduler.shutdownNow();
        var late = scheduler.schedule(() -> { }, 0, TimeUnit.MILLISECONDS);
        assertFalse(late.isDone());
    }
}
