package dev.deskrelay.relay.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WriteQueueTest {

    private final List<Runnable> drains = new ArrayList<>();
    private final List<String> written = new ArrayList<>();
    private final WriteQueue queue = new WriteQueue(3, drains::add);

    @Test
    void writesInOrderWithOneDrainAskedAtATime() {
        assertTrue(queue.add(() -> written.add("pending")));
        assertTrue(queue.add(() -> written.add("firing")));
        assertEquals(1, drains.size(), "one drain until it runs");
        drains.remove(0).run();
        assertEquals(List.of("pending", "firing"), written);
        queue.add(() -> written.add("resolved"));
        assertEquals(1, drains.size(), "a new drain once the last one finished");
    }

    @Test
    void aFullQueueRefusesRatherThanGrowsAndAFailedWriteStopsNoOther() {
        queue.add(() -> {
            throw new IllegalStateException("the database is down");
        });
        queue.add(() -> written.add("b"));
        queue.add(() -> written.add("c"));
        assertFalse(queue.add(() -> written.add("d")));
        drains.remove(0).run();
        assertEquals(List.of("b", "c"), written);
    }

    @Test
    void closingWritesWhatWaitsOnTheCallersThread() {
        queue.add(() -> written.add("firing"));
        queue.close();
        assertEquals(List.of("firing"), written);
    }
}
