package dev.deskrelay.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SampleLogTest {

    @Test
    void stampsIncreaseEvenWithinOneMicrosecond() {
        var log = new SampleLog();
        assertEquals(100, log.next(100));
        assertEquals(101, log.next(100));
        assertEquals(102, log.next(90));
        assertEquals(500, log.next(500));
        assertEquals(500, log.last());
        assertEquals(4, log.size());
    }

    @Test
    void countsTheSamplesStampedAfterABound() {
        var log = new SampleLog();
        for (long stamp = 10; stamp <= 200; stamp += 10) {
            log.next(stamp);
        }
        assertEquals(20, log.countAfter(-1));
        assertEquals(20, log.countAfter(9));
        assertEquals(19, log.countAfter(10));
        assertEquals(19, log.countAfter(15));
        assertEquals(1, log.countAfter(190));
        assertEquals(0, log.countAfter(200));
    }

    @Test
    void countsTheSamplesStampedWithinStretchesAndAfterABound() {
        var log = new SampleLog();
        for (long stamp = 10; stamp <= 100; stamp += 10) {
            log.next(stamp);
        }
        var stretches = List.of(new Spans.Span(10, 30), new Spans.Span(55, 70), new Spans.Span(90, Long.MAX_VALUE));
        assertEquals(5, log.countWithin(stretches, Long.MIN_VALUE), "20, 30; 60, 70; 100");
        assertEquals(2, log.countWithin(stretches, 60), "70; 100");
        assertEquals(0, log.countWithin(stretches, 100));
        assertEquals(0, log.countWithin(List.of(), Long.MIN_VALUE));
    }

    @Test
    void aSampleNeverSentIsTakenBack() {
        var log = new SampleLog();
        log.next(10);
        long unsent = log.next(20);
        log.retract(unsent);
        log.retract(999);
        assertEquals(1, log.size());
        assertEquals(10, log.last());
    }

    @Test
    void growsPastItsFirstArray() {
        var log = new SampleLog();
        for (int i = 0; i < 1000; i++) {
            log.next(i);
        }
        assertEquals(1000, log.size());
        assertEquals(500, log.countAfter(499));
    }
}
