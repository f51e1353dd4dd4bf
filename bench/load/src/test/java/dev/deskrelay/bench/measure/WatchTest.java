package dev.deskrelay.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WatchTest {

    private final SampleLog log = new SampleLog();
    private final Watch watch = new Watch();

    WatchTest() {
        for (long stamp = 10; stamp <= 50; stamp += 10) {
            log.next(stamp);
        }
    }

    @Test
    void aSampleCoveredByANewerOneIsSkippedNotLost() {
        watch.start(15);
        assertTrue(watch.seen(20));
        assertTrue(watch.seen(40));
        assertEquals(4, watch.owed(log), "20, 30, 40 and 50 were sent while watching");
        assertEquals(1, watch.lost(log), "nothing newer than 50 arrived");
        assertEquals(1, watch.skipped(log), "30 was made up for by 40");
        assertFalse(watch.caughtUp(log));
    }

    @Test
    void seeingTheNewestSampleLosesNothing() {
        watch.start(15);
        assertTrue(watch.seen(50));
        assertEquals(0, watch.lost(log));
        assertEquals(3, watch.skipped(log));
        assertTrue(watch.caughtUp(log));
    }

    @Test
    void samplesSentBeforeWatchingAreNotOwed() {
        watch.start(35);
        assertTrue(watch.seen(30), "a sample from before pairing may still arrive");
        assertEquals(2, watch.owed(log));
        assertEquals(2, watch.lost(log));
        assertEquals(0, watch.skipped(log));
    }

    @Test
    void aRepeatedOrOlderSampleIsRefused() {
        watch.start(0);
        assertTrue(watch.seen(30));
        assertFalse(watch.seen(30));
        assertFalse(watch.seen(20));
        assertEquals(1, watch.seenWhileWatching());
    }

    @Test
    void nothingIsOwedAfterEitherSocketDied() {
        watch.start(15);
        assertTrue(watch.seen(20));
        watch.end(35);
        assertEquals(2, watch.owed(log), "20 and 30 only: the viewer was gone before 40");
        assertEquals(1, watch.lost(log));
        log.end(25);
        assertEquals(1, watch.owed(log), "20 only: the agent was gone before 30");
        assertEquals(0, watch.lost(log));
        assertTrue(watch.caughtUp(log));
    }

    @Test
    void acrossReconnectsOnlyWhatWasSentWhileBothWereThereIsOwed() {
        var log = new SampleLog();
        for (long stamp = 10; stamp <= 100; stamp += 10) {
            log.next(stamp);
        }
        watch.start(5);
        assertTrue(watch.seen(20));
        watch.end(35);
        log.end(65);
        watch.start(55);
        log.resume(85);
        assertTrue(watch.watching());
        assertTrue(watch.seen(90));
        assertEquals(6, watch.owed(log), "10, 20, 30; 60; 90, 100: not 40, 50 (viewer away) nor 70, 80 (agent away)");
        assertEquals(1, watch.lost(log), "100, never seen");
        assertEquals(3, watch.skipped(log), "10, 30 and 60 were made up for by newer samples, across the gaps");
        assertEquals(2, watch.seenWhileWatching());
    }

    @Test
    void aSampleSeenOnANewSocketBeforeItsAnswerWasNotOwed() {
        watch.start(5);
        watch.end(15);
        watch.start(35);
        assertTrue(watch.seen(30), "sent while the viewer was away, delivered after");
        assertEquals(0, watch.seenWhileWatching());
        assertEquals(3, watch.owed(log), "10, 40, 50");
        assertEquals(2, watch.lost(log));
    }

    @Test
    void aViewerThatNeverStartedIsOwedNothing() {
        assertEquals(0, watch.owed(log));
        assertEquals(0, watch.lost(log));
        assertTrue(watch.caughtUp(log));
    }
}
