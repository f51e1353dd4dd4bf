package dev.deskrelay.relay.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class AuditQueueTest {

    private final List<List<Long>> written = new ArrayList<>();
    private final AtomicInteger drainsAsked = new AtomicInteger();

    @Test
    void eventsWaitForTheDrainWhichWritesThemInBatchesInOrder() {
        var queue = queue(1000);
        add(queue, 1, 250);
        assertEquals(List.of(), written, "nothing is written on the firer's thread");
        queue.drain();
        assertEquals(List.of(ids(1, 100), ids(101, 200), ids(201, 250)), written);
        assertEquals(0, queue.waiting());
    }

    @Test
    void aFullBatchAsksForADrainUntilItComes() {
        var queue = queue(1000);
        add(queue, 1, 99);
        assertEquals(0, drainsAsked.get());
        add(queue, 100, 100);
        assertEquals(1, drainsAsked.get());
        add(queue, 101, 110);
        assertEquals(11, drainsAsked.get(), "each asks; AuditLog sends the scheduler one task for all");
        queue.drain();
        add(queue, 111, 111);
        assertEquals(11, drainsAsked.get());
    }

    @Test
    void aFullQueueMakesTheFirerWriteItsOwnEventAndLosesNothing() {
        var queue = queue(AuditQueue.BATCH);
        add(queue, 1, AuditQueue.BATCH + 2);
        assertEquals(List.of(List.of(101L), List.of(102L)), written, "the firers wrote these themselves");
        queue.drain();
        assertEquals(AuditQueue.BATCH + 2, written.stream().mapToInt(List::size).sum());
    }

    @Test
    void closingWritesWhatWaitsAndLeavesLaterEventsToTheirFirers() {
        var queue = queue(1000);
        add(queue, 1, 3);
        queue.close();
        assertEquals(List.of(ids(1, 3)), written);
        add(queue, 4, 4);
        assertEquals(List.of(ids(1, 3), List.of(4L)), written, "nothing waits for a drain that will not come");
        assertEquals(0, queue.waiting());
    }

    private AuditQueue queue(int capacity) {
        return new AuditQueue(capacity, batch -> written.add(batch.stream().map(AuditEvent::id).toList()),
                drainsAsked::incrementAndGet);
    }

    private static void add(AuditQueue queue, long from, long to) {
        LongStream.rangeClosed(from, to).forEach(id -> queue.add(Events.withId(id)));
    }

    private static List<Long> ids(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }
}
