package dev.deskrelay.relay.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class OwedAnswersTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final AtomicLong now = new AtomicLong();
    private final OwedAnswers owed = new OwedAnswers(TIMEOUT, now::get);
    private final UUID asker = UUID.randomUUID();

    @Test
    void anAnswerGoesToItsAskerOnceAndOnlyFromItsDevice() {
        owed.owe("r-1@a", "d1", asker);

        assertEquals(Optional.empty(), owed.answered("r-1@a", "d2"));
        assertEquals(Optional.of(asker), owed.answered("r-1@a", "d1"));
        assertEquals(Optional.empty(), owed.answered("r-1@a", "d1"));
    }

    @Test
    void whatTheAskerHasTimedOutIsForgottenWhenTheNextActionComes() {
        owed.owe("r-1@a", "d1", asker);
        now.addAndGet(TIMEOUT.toNanos() + 1);

        owed.owe("r-2@a", "d1", asker);

        assertEquals(Optional.empty(), owed.answered("r-1@a", "d1"));
        assertEquals(Optional.of(asker), owed.answered("r-2@a", "d1"));
    }

    @Test
    void anAnswerAfterTheAskersTimeoutIsRefusedBeforeAnySweep() {
        owed.owe("r-1@a", "d1", asker);
        now.addAndGet(TIMEOUT.toNanos() + 1);

        assertEquals(Optional.empty(), owed.answered("r-1@a", "d1"));
    }

    @Test
    void anAgentGoingOfflineNamesEveryMemberStillWaiting() {
        var other = UUID.randomUUID();
        owed.owe("r-1@a", "d1", asker);
        owed.owe("r-1@b", "d1", other);
        owed.owe("r-2@b", "d2", other);

        assertEquals(Set.of(asker, other), owed.offline("d1"));
        assertEquals(Optional.of(other), owed.answered("r-2@b", "d2"));
    }
}
