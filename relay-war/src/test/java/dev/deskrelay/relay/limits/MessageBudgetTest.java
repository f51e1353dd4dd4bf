package dev.deskrelay.relay.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.deskrelay.relay.limits.MessageBudget.Verdict;

class MessageBudgetTest {

    private final AtomicLong now = new AtomicLong();
    private final MessageBudget budget = new MessageBudget(new MessageBudget.Rate(2, 3), now::get);

    @Test
    void aBurstIsForgivenThenTheRateHolds() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Verdict.ADMIT, budget.spend(), "message " + i + " of the burst");
        }
        assertEquals(Verdict.REFUSE, budget.spend());
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(500)); // one token at 2 per second
        assertEquals(Verdict.ADMIT, budget.spend());
        assertEquals(Verdict.REFUSE, budget.spend());
    }

    @Test
    void aSteadySenderWithinItsRateIsNeverRefused() {
        for (int i = 0; i < 100; i++) {
            assertEquals(Verdict.ADMIT, budget.spend());
            now.addAndGet(TimeUnit.MILLISECONDS.toNanos(500));
        }
    }

    @Test
    void aSenderThatKeepsGoingWhileRefusedIsToBeClosed() {
        for (int i = 0; i < 3; i++) {
            budget.spend();
        }
        assertEquals(Verdict.REFUSE, budget.spend());
        assertEquals(Verdict.REFUSE, budget.spend());
        assertEquals(Verdict.CLOSE, budget.spend(), "the third refusal in a row, with a burst of 3");
    }

    @Test
    void oneAdmittedMessageForgivesEarlierRefusals() {
        for (int i = 0; i < 5; i++) {
            budget.spend();
        }
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertEquals(Verdict.ADMIT, budget.spend());
        budget.spend();
        assertEquals(Verdict.REFUSE, budget.spend());
    }

    @Test
    void aBudgetNeedsARateAndABurst() {
        assertThrows(IllegalArgumentException.class, () -> new MessageBudget(new MessageBudget.Rate(0, 3), now::get));
        assertThrows(IllegalArgumentException.class, () -> new MessageBudget(new MessageBudget.Rate(1, 0), now::get));
    }
}
