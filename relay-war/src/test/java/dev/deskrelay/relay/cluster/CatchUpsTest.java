package dev.deskrelay.relay.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.deskrelay.relay.routing.Peer;
import dev.deskrelay.relay.routing.RecordingPeer;

class CatchUpsTest {

    private final CatchUps catchUps = new CatchUps();
    private final UUID owner = UUID.randomUUID();

    @Test
    void aClosedViewersRequestsAreForgottenAndOthersStay() {
        var closed = new RecordingPeer("closed");
        var open = new RecordingPeer("open");
        String closedAsked = catchUps.ask(closed, owner);
        String openAsked = catchUps.ask(open, owner);

        catchUps.forget(closed);

        assertEquals(Optional.empty(), catchUps.answered(closedAsked));
        assertEquals(Optional.<Peer>of(open), catchUps.answered(openAsked));
    }
}
