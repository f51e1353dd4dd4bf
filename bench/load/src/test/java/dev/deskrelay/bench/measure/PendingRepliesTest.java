package dev.deskrelay.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PendingRepliesTest {

    @Test
    void eachRequestIsAnsweredOnce() {
        var pending = new PendingReplies("a");
        String first = pending.open(100, true);
        String second = pending.open(200, false);
        assertNotEquals(first, second);
        assertEquals(2, pending.waiting());
        var answered = pending.answer(first);
        assertEquals(100, answered.micros());
        assertTrue(answered.timed());
        assertNull(pending.answer(first), "a second answer finds nothing");
        assertNull(pending.answer("a999"));
        assertEquals(1, pending.waiting());
        pending.withdraw(second);
        assertEquals(0, pending.waiting());
    }

    @Test
    void aLostSocketAbandonsWhatWaitedOnIt() {
        var pending = new PendingReplies("a");
        String first = pending.open(100, true);
        pending.open(200, true);
        assertEquals(2, pending.abandonAll());
        assertEquals(0, pending.waiting());
        assertNull(pending.answer(first), "an answer after that finds nothing");
        assertEquals(0, pending.abandonAll());
    }
}
