package dev.deskrelay.relay.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.deskrelay.relay.metrics.NoMetrics;

class OutboxTest {

    /** A socket whose writes complete only when the test says so, like a reader that stopped. */
    private final List<String> written = new ArrayList<>();
    private final ArrayDeque<Runnable> unfinished = new ArrayDeque<>();
    private final AtomicInteger coalesced = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicInteger overflowed = new AtomicInteger();
    private final AtomicInteger closes = new AtomicInteger();
    private final ReaderBudget budget = new ReaderBudget(1_000_000);
    private final Outbox outbox = new Outbox((text, done) -> {
        written.add(text);
        unfinished.add(done);
    }, new Outbox.Events() {
        @Override
        public void coalesced() {
            coalesced.incrementAndGet();
        }

        @Override
        public void dropped() {
            dropped.incrementAndGet();
        }

        @Override
        public void overflowed() {
            overflowed.incrementAndGet();
        }
    }, 3, budget, closes::incrementAndGet);

    private void finishWrites() {
        while (!unfinished.isEmpty()) {
            unfinished.poll().run();
        }
    }

    @Test
    void oneMessageIsOnTheWireAtATimeAndTheRestFollowInOrder() {
        outbox.add("a");
        outbox.add("b");
        outbox.add("c");
        assertEquals(List.of("a"), written);
        finishWrites();
        assertEquals(List.of("a", "b", "c"), written);
    }

    @Test
    void aSlowReaderGetsTheLatestSampleNotABacklog() {
        outbox.add("first");
        for (int i = 1; i <= 50; i++) {
            outbox.addLatest("telemetry/d1", "d1 sample " + i);
        }
        outbox.addLatest("telemetry/d2", "d2 sample");
        finishWrites();
        assertEquals(List.of("first", "d1 sample 50", "d2 sample"), written);
        assertEquals(49, coalesced.get());
    }

    @Test
    void samplesFindingTheBoxFullAreDroppedAndCounted() {
        outbox.add("on the wire");
        outbox.add("a");
        outbox.add("b");
        outbox.add("c");
        outbox.addLatest("telemetry/d1", "sample");
        assertEquals(1, dropped.get());
        assertEquals(0, closes.get(), "a sample never overflows the box");
        finishWrites();
        assertEquals(List.of("on the wire", "a", "b", "c"), written);
    }

    @Test
    void aReaderTooFarBehindOverflowsTheBoxWhichThenRefusesEverything() {
        outbox.add("on the wire");
        outbox.add("a");
        outbox.add("b");
        outbox.add("c");
        outbox.add("d");
        assertEquals(1, overflowed.get());
        assertEquals(1, closes.get());
        outbox.add("e");
        assertEquals(1, closes.get(), "closed once");
        assertEquals(0, outbox.waiting(), "what waited is let go");
        assertEquals(0, budget.total(), "and no longer counts against the relay's budget");
    }

    @Test
    void whilePausedRoutedMessagesWaitBehindTheAnswer() {
        outbox.pause();
        outbox.add("telemetry that arrived during the answer");
        outbox.addAnswer("paired", null);
        outbox.addAnswer("system_info", null);
        assertEquals(List.of("paired"), written);
        outbox.resume();
        finishWrites();
        assertEquals(List.of("paired", "system_info", "telemetry that arrived during the answer"), written);
    }

    @Test
    void anAnswerIsQueuedEvenWhenTheBoxIsFullAndItsFollowUpRunsOnceWritten() {
        AtomicInteger afterAnswer = new AtomicInteger();
        outbox.add("on the wire");
        outbox.add("a");
        outbox.add("b");
        outbox.add("c");
        outbox.addAnswer("error", afterAnswer::incrementAndGet);
        assertEquals(0, afterAnswer.get());
        finishWrites();
        assertEquals("error", written.get(written.size() - 1));
        assertEquals(1, afterAnswer.get());
    }

    @Test
    void aStepAfterTheQueueRunsOnceEverythingBeforeItIsWritten() {
        AtomicInteger steps = new AtomicInteger();
        outbox.add("a");
        outbox.addLatest("telemetry/d1", "sample");
        outbox.afterQueued(steps::incrementAndGet);
        outbox.add("after the step");
        assertEquals(0, steps.get());
        unfinished.poll().run();
        assertEquals(0, steps.get(), "the sample is not written yet");
        unfinished.poll().run();
        assertEquals(1, steps.get());
        finishWrites();
        assertEquals(List.of("a", "sample", "after the step"), written);
    }

    @Test
    void writesThatCompleteAtOnceDrainTheBox() {
        List<String> sent = new ArrayList<>();
        var immediate = new Outbox((text, done) -> {
            sent.add(text);
            done.run();
        }, new OutboxCounts(new NoMetrics()), 3, budget, closes::incrementAndGet);
        for (int i = 0; i < 1000; i++) {
            immediate.add("m" + i);
        }
        assertEquals(1000, sent.size());
        assertEquals(0, immediate.waiting());
        assertEquals(0, closes.get());
        assertEquals(0, budget.total(), "nothing is held once written");
    }

    @Test
    void whatWaitsAndWhatIsOnTheWireCountsAgainstTheBudgetUntilWritten() {
        outbox.add("12345");
        outbox.add("123");
        outbox.addLatest("telemetry/d1", "1234567");
        assertEquals(15, budget.total());
        outbox.addLatest("telemetry/d1", "12");
        assertEquals(10, budget.total(), "a coalesced sample counts as the newer one");
        finishWrites();
        assertEquals(0, budget.total());
        outbox.add("again");
        outbox.closed();
        assertEquals(0, budget.total(), "a closed socket holds nothing");
    }
}
