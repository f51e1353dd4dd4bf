package dev.deskrelay.timers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IdleTimersTest {

    private final IdleTimers timers = new IdleTimers();

    @AfterEach
    void stop() {
        timers.shutdownNow();
    }

    @Test
    void aTimerWithoutDelayIsNeitherQueuedNorRun() throws InterruptedException {
        var ran = new AtomicBoolean();
        timers.schedule(() -> ran.set(true), 0, TimeUnit.MILLISECONDS);
        timers.shutdown();
        assertTrue(timers.awaitTermination(5, TimeUnit.SECONDS));

        assertFalse(ran.get());
        assertEquals(0, timers.getCompletedTaskCount(), "the thread was never handed the timer");
    }

    @Test
    void aTimerWithADelayRunsWhenDue() throws InterruptedException {
        var due = new CountDownLatch(1);
        timers.schedule(due::countDown, 1, TimeUnit.MILLISECONDS);
        assertTrue(due.await(5, TimeUnit.SECONDS));
    }
}
