package dev.deskrelay.relay.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.hazelcast.core.HazelcastInstance;

@Timeout(60)
class InterestTest {

    private final GridMembers grid = new GridMembers();

    @AfterEach
    void stop() {
        grid.close();
    }

    @Test
    void aMemberSeesWhichOthersWatchADeviceAndNotItself() {
        var a = grid.start();
        var b = grid.start();
        var onA = opened(a);
        var onB = opened(b);

        onA.refresh("d1", () -> true);
        onB.refresh("d1", () -> true);

        Eventually.holds("B sees A watching", () -> onB.elsewhere("d1").equals(Set.of(GridMembers.uuid(a))));
        Eventually.holds("A sees B watching", () -> onA.elsewhere("d1").equals(Set.of(GridMembers.uuid(b))));
        assertEquals(Set.of(), onA.elsewhere("d2"));
        assertEquals(Set.of("d1"), onA.watchedElsewhere());

        onA.refresh("d1", () -> false);

        Eventually.holds("B sees A stop watching", () -> onB.elsewhere("d1").isEmpty());
    }

    @Test
    void aMemberOpenedLaterSeesWhatWasWatchedBefore() {
        var a = grid.start();
        opened(a).refresh("d1", () -> true);

        var onB = opened(grid.start());

        Eventually.holds("B sees A watching", () -> onB.elsewhere("d1").equals(Set.of(GridMembers.uuid(a))));
    }

    @Test
    void aLostMembersInterestIsForgotten() {
        var a = grid.start();
        var onB = opened(grid.start());
        opened(a).refresh("d1", () -> true);
        Eventually.holds("B sees A watching", () -> !onB.elsewhere("d1").isEmpty());
        var lost = GridMembers.uuid(a);

        GridMembers.kill(a);
        onB.forget(lost);

        Eventually.holds("B forgot A's interest", () -> onB.elsewhere("d1").isEmpty());
    }

    private static Interest opened(HazelcastInstance member) {
        var interest = new Interest(member);
        interest.open();
        return interest;
    }
}
