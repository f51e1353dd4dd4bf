package dev.deskrelay.relay.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class OwnershipTest {

    private final GridMembers grid = new GridMembers();

    @AfterEach
    void stop() {
        grid.close();
    }

    @Test
    void aLateReleaseOfAReplacedClaimLeavesTheNewOwner() {
        var a = grid.start();
        var b = grid.start();
        var onA = new Ownership(a);
        var onB = new Ownership(b);

        var first = onA.claim("d1");
        var second = onB.claim("d1");

        assertEquals(Optional.of(first.value()), second.replaced());
        assertFalse(onA.release("d1", first.value()), "the replaced claim is not the device's any more");
        assertEquals(Optional.of(GridMembers.uuid(b)), onA.owner("d1"));
        assertTrue(onB.release("d1", second.value()));
        assertEquals(Optional.empty(), onA.owner("d1"));
    }

    @Test
    void aClaimAgainOnTheSameMemberHasANewEpoch() {
        var onA = new Ownership(grid.start());

        var first = onA.claim("d1");
        var second = onA.claim("d1");

        assertFalse(first.value().equals(second.value()));
        assertFalse(onA.release("d1", first.value()));
    }

    @Test
    void forgettingALostMemberRemovesOnlyItsClaims() {
        var a = grid.start();
        var b = grid.start();
        var onA = new Ownership(a);
        var onB = new Ownership(b);
        onA.claim("d1");
        onA.claim("d2");
        onB.claim("d3");
        var lost = GridMembers.uuid(a);

        GridMembers.kill(a);

        assertEquals(List.of("d1", "d2"), onB.forget(lost).stream().sorted().toList());
        assertEquals(List.of(), onB.forget(lost));
        assertEquals(Optional.empty(), onB.owner("d1"));
        assertEquals(Optional.of(GridMembers.uuid(b)), onB.owner("d3"));
    }
}
