package dev.deskrelay.relay.prototype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.ProtocolViolation;
import dev.deskrelay.relay.routing.RecordingPeer;
import jakarta.websocket.CloseReason;

/** A {@code /ws} socket's conversation: a hello first, then JSON frames to the counterpart unchanged. */
class PrototypeConversationTest {

    private static final String DESKTOP_HELLO = "{\"event\":\"authentication\",\"client_id\":\"c1\",\"client_mode\":\"desktop\"}";
    private static final String WEB_HELLO = "{\"event\":\"authentication\",\"client_id\":\"c1\",\"client_mode\":\"web\"}";

    private final PrototypeRooms rooms = new PrototypeRooms();
    private final RecordingPeer desktopSocket = new RecordingPeer("1");
    private final RecordingPeer webSocket = new RecordingPeer("2");
    private final PrototypeConversation desktop = new PrototypeConversation(desktopSocket, rooms);
    private final PrototypeConversation web = new PrototypeConversation(webSocket, rooms);

    @Test
    void jsonFramesReachTheCounterpartUnchangedAndNothingElseDoes() {
        desktop.receive(DESKTOP_HELLO);
        web.receive(WEB_HELLO);
        assertTrue(desktop.authenticated() && web.authenticated());

        desktop.receive("{\"event\":\"metrics\",\"cpu\":1}");
        desktop.receive("not json");
        web.receive("[1,2]");

        assertEquals(List.of("{\"event\":\"metrics\",\"cpu\":1}"), webSocket.sent);
        assertEquals(List.of("[1,2]"), desktopSocket.sent);
    }

    @Test
    void aFirstFrameThatIsNoHelloClosesTheSocket() {
        desktop.receive("{\"event\":\"metrics\"}");
        assertFalse(desktop.authenticated());
        assertEquals(CloseReason.CloseCodes.VIOLATED_POLICY, desktopSocket.closedWith.getCloseCode());
    }

    @Test
    void aSecondDesktopOfTheClientIdReplacesTheFirstWhoseCloseLeavesTheNewOneInPlace() {
        var newerSocket = new RecordingPeer("3");
        var newer = new PrototypeConversation(newerSocket, rooms);
        desktop.receive(DESKTOP_HELLO);
        newer.receive(DESKTOP_HELLO);
        web.receive(WEB_HELLO);

        assertEquals(CloseCode.REPLACED.getCode(), desktopSocket.closedWith.getCloseCode().getCode());
        desktop.closed();
        web.receive("{\"n\":1}");

        assertEquals(List.of("{\"n\":1}"), newerSocket.sent);
        assertNull(newerSocket.closedWith);
    }

    @Test
    void itHasNoErrorMessageToSend() {
        assertEquals(Optional.empty(), desktop.error(new ProtocolViolation(ErrorCode.RATE_LIMITED, "slow down")));
    }
}
