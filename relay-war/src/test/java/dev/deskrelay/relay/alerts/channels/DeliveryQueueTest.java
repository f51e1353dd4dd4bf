package dev.deskrelay.relay.alerts.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class DeliveryQueueTest {

    @Test
    void theStandardScheduleWaitsOneFourAndSixteenSecondsThenGivesUp() {
        RetrySchedule schedule = RetrySchedule.STANDARD;

        assertEquals(Duration.ofSeconds(1), schedule.after(0).orElseThrow());
        assertEquals(Duration.ofSeconds(4), schedule.after(1).orElseThrow());
        assertEquals(Duration.ofSeconds(16), schedule.after(2).orElseThrow());
        assertTrue(schedule.after(3).isEmpty());
    }

    @Test
    void aFailingDeliveryIsTriedOnTheScheduleAndReportsEachFailure() throws InterruptedException {
        var schedule = new RetrySchedule(List.of(Duration.ofMillis(50), Duration.ofMillis(200)));
        var tries = new CopyOnWriteArrayList<Long>();
        var outcome = new Recorded(3);
        try (var queue = new DeliveryQueue(Thread::new, 1, 10, schedule)) {
            long start = System.nanoTime();
            queue.offer(() -> queue.deliver(() -> {
                tries.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                throw new IOException("try " + tries.size());
            }, outcome));

            assertTrue(outcome.done.await(5, TimeUnit.SECONDS));
        }
        assertEquals(3, tries.size());
        assertTrue(tries.get(1) - tries.get(0) >= 50, tries.toString());
        assertTrue(tries.get(2) - tries.get(1) >= 200, tries.toString());
        assertEquals(List.of("try 1", "try 2", "try 3"), outcome.failures);
        assertEquals(0, outcome.successes.get());
    }

    @Test
    void aDeliveryThatSucceedsOnARetryReportsSuccess() throws InterruptedException {
        var outcome = new Recorded(2);
        var tries = new AtomicInteger();
        try (var queue = new DeliveryQueue(Thread::new, 1, 10, new RetrySchedule(List.of(Duration.ofMillis(10))))) {
            queue.offer(() -> queue.deliver(() -> {
                if (tries.incrementAndGet() == 1) {
                    throw new IOException("first");
                }
            }, outcome));

            assertTrue(outcome.done.await(5, TimeUnit.SECONDS));
        }
        assertEquals(1, outcome.successes.get());
        assertEquals(List.of("first"), outcome.failures, "the failed try shows until the next succeeds");
    }

    @Test
    void aFullQueueRefusesWhatComesBeyondItsCapacity() throws InterruptedException {
        var release = new CountDownLatch(1);
        try (var queue = new DeliveryQueue(Thread::new, 1, 2, RetrySchedule.STANDARD)) {
            assertTrue(queue.offer(() -> await(release)));
            assertTrue(queue.offer(() -> { }));

            assertFalse(queue.offer(() -> { }));
            assertEquals(2, queue.waiting());
            release.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (queue.waiting() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(queue.offer(() -> { }), "room again once the queue drained");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Recorded implements DeliveryQueue.Outcome {

        final CountDownLatch done;
        final AtomicInteger successes = new AtomicInteger();
        final List<String> failures = new CopyOnWriteArrayList<>();

        /** @param outcomes how many tries end before {@link #done} opens */
        Recorded(int outcomes) {
            done = new CountDownLatch(outcomes);
        }

        @Override
        public void succeeded() {
            successes.incrementAndGet();
            done.countDown();
        }

        @Override
        public void failed(Exception failure) {
            failures.add(failure.getMessage());
            done.countDown();
        }
    }
}
