package dev.deskrelay.relay.connection;

import static dev.deskrelay.relay.connection.Fakes.proxy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.ProtocolViolation;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.ViewerToRelay;
import dev.deskrelay.protocol.WireFormat;
import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;

/** The shell the endpoints share, driven as Tyrus drives an endpoint, around a conversation that records. */
class ConversationEndpointTest {

    private final ConnectionGuard guard = Guards.started(proxy(ScheduledExecutorService.class, (name, args) -> null));
    private final List<String> written = new ArrayList<>();
    private final List<CloseReason> closes = new ArrayList<>();
    private final Session session = session();
    private final Recording conversation = new Recording();
    private final AtomicInteger made = new AtomicInteger();

    @Test
    void aFrameBeforeOpenReturnedFindsTheOneConversationOpenMakes() {
        var endpoint = endpoint();
        endpoint.message("{\"type\":\"ping\"}", session);
        endpoint.open(session);

        assertEquals(1, made.get());
        assertEquals(List.of(new ViewerToRelay.Ping()), conversation.received);
    }

    @Test
    void aViolationIsAnsweredInTheConversationsErrorMessageAndTheSocketStaysOpen() {
        var endpoint = endpoint();
        endpoint.open(session);
        var violation = assertThrows(ProtocolViolation.class, () -> endpoint.message("{\"type\":\"nope\"}", session));

        endpoint.error(violation, session);

        assertEquals(1, written.size());
        assertTrue(written.get(0).contains(ErrorCode.UNKNOWN_TYPE.wire()), written.toString());
        assertEquals(List.of(), closes);
    }

    @Test
    void aConversationWithoutAnErrorMessageIsToldNothing() {
        conversation.errorMessages = false;
        var endpoint = endpoint();
        endpoint.open(session);

        endpoint.error(new ProtocolViolation(ErrorCode.RATE_LIMITED, "slow down"), session);

        assertEquals(List.of(), written);
    }

    @Test
    void aBinaryFrameClosesTheSocket() {
        var endpoint = endpoint();
        endpoint.binary(ByteBuffer.allocate(1), false, session);

        assertEquals(List.of(CloseReason.CloseCodes.CANNOT_ACCEPT), closes.stream().map(CloseReason::getCloseCode).toList());
        assertEquals(List.of(), conversation.received);
    }

    @Test
    void aCloseFreesTheSocketsPlaceAndTellsTheConversation() {
        var endpoint = endpoint();
        endpoint.open(session);
        assertEquals(1, guard.open(ConnectionGuard.Side.VIEWER));

        endpoint.close(session);

        assertEquals(0, guard.open(ConnectionGuard.Side.VIEWER));
        assertEquals(1, conversation.closes);
    }

    private ConversationEndpoint<ViewerToRelay, RelayToViewer> endpoint() {
        var endpoint = new ConversationEndpoint<ViewerToRelay, RelayToViewer>(ConnectionGuard.Side.VIEWER,
                new WireFormat<>(ViewerToRelay.class)::read, new WireFormat<>(RelayToViewer.class)) {
            @Override
            protected Conversation<ViewerToRelay, RelayToViewer> converse(ConversationSocket<RelayToViewer> socket) {
                made.incrementAndGet();
                return conversation;
            }
        };
        endpoint.guard = guard;
        return endpoint;
    }

    private Session session() {
        RemoteEndpoint.Async remote = proxy(RemoteEndpoint.Async.class, (name, args) -> {
            if (name.equals("sendText")) {
                written.add((String) args[0]);
                ((SendHandler) args[1]).onResult(new SendResult());
            }
            return null;
        });
        return Fakes.openSession(remote, closes);
    }

    private static final class Recording implements Conversation<ViewerToRelay, RelayToViewer> {
        final List<ViewerToRelay> received = new ArrayList<>();
        int closes;
        boolean errorMessages = true;

        @Override
        public boolean authenticated() {
            return false;
        }

        @Override
        public void receive(ViewerToRelay message) {
            received.add(message);
        }

        @Override
        public void closed() {
            closes++;
        }

        @Override
        public Optional<RelayToViewer> error(ProtocolViolation violation) {
            return errorMessages ? Optional.of(RelayToViewer.Error.of(violation)) : Optional.empty();
        }
    }
}
