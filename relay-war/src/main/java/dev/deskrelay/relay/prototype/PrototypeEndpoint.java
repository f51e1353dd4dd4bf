package dev.deskrelay.relay.prototype;

import java.nio.ByteBuffer;

import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.protocol.Limits;
import dev.deskrelay.protocol.ProtocolViolation;
import dev.deskrelay.relay.connection.ConnectionGuard;
import dev.deskrelay.relay.connection.InjectedEndpoints;
import dev.deskrelay.relay.connection.SessionPeer;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

/** Forwards the prototype's frames unchanged; it sends nothing of its own, as the prototype did. */
@ServerEndpoint(value = "/ws", configurator = InjectedEndpoints.class)
public class PrototypeEndpoint {

    private static final CloseReason NOT_AUTHENTICATION = new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
            "the first frame must be the authentication event");

    @Inject
    ConnectionGuard guard;
    @Inject
    PrototypeRooms rooms;

    private SessionPeer<Void> peer;
    private volatile PrototypeHello hello;
    private PrototypeRooms.Room room;

    @OnOpen
    public void open(Session session) {
        watch(session);
    }

    @OnMessage(maxMessageSize = Limits.MAX_MESSAGE_BYTES)
    public void message(String text, Session session) {
        try {
            watch(session).received();
        } catch (ProtocolViolation overBudget) {
            return; // the prototype's protocol has no error message: frames over the limit are dropped
        }
        if (hello == null) {
            PrototypeHello.parse(text).ifPresentOrElse(this::join, () -> peer.close(NOT_AUTHENTICATION));
        } else if (PrototypeHello.isJson(text)) {
            room.counterpart(hello.mode()).ifPresent(counterpart -> counterpart.send(text));
        }
    }

    @OnMessage
    public void binary(ByteBuffer fragment, boolean last, Session session) {
        watch(session).refuseBinary();
    }

    @OnMessage
    public void pong(PongMessage pong, Session session) {
        watch(session).heard();
    }

    @OnClose
    public void close(Session session) {
        guard.release(watch(session));
        if (hello != null) {
            rooms.leave(hello, peer);
        }
    }

    /**
     * Tyrus may deliver the first frame, on another thread, before {@code @OnOpen} has returned,
     * so every callback takes the socket's peer from here, where it is made once.
     */
    private synchronized SessionPeer<Void> watch(Session session) {
        if (peer == null) {
            peer = guard.watch(session, ConnectionGuard.Side.PROTOTYPE, null, () -> hello != null);
        }
        return peer;
    }

    private void join(PrototypeHello greeting) {
        var joined = rooms.join(greeting, peer);
        room = joined.room();
        hello = greeting;
        joined.replaced().ifPresent(previous -> previous.close(CloseCode.REPLACED.reason()));
    }
}
