package dev.deskrelay.agent.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jakarta.websocket.CloseReason;

class EndingTest {

    @Test
    void aRelayThatStopsIsComeBackToLikeOneThatWentAway() {
        Ending ending = Ending.after(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "the relay is stopping"));
        assertEquals(Ending.RELAY_GONE, ending);
        assertTrue(ending.retry(), "reconnect, after the backoff's jittered pause");
    }
}
