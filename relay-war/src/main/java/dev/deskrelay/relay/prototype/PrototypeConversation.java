package dev.deskrelay.relay.prototype;

import java.util.Optional;

import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.protocol.ProtocolViolation;
import dev.deskrelay.relay.connection.Conversation;
import dev.deskrelay.relay.routing.Peer;
import jakarta.websocket.CloseReason;

/**
 * One {@code /ws} socket: its first frame joins a room, every later JSON frame goes to the
 * counterpart unchanged. It sends nothing of its own, as the prototype did, not even errors:
 * a frame over the rate limit is dropped without a word.
 */
final class PrototypeConversation implements Conversation<String, Void> {

    private static final CloseReason NOT_AUTHENTICATION = new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
            "the first frame must be the authentication event");

    private final Peer socket;
    private final PrototypeRooms rooms;
    private volatile PrototypeHello hello;
    private PrototypeRooms.Room room;

    PrototypeConversation(Peer socket, PrototypeRooms rooms) {
        this.socket = socket;
        this.rooms = rooms;
    }

    @Override
    public boolean authenticated() {
        return hello != null;
    }

    @Override
    public void receive(String text) {
        if (hello == null) {
            PrototypeHello.parse(text).ifPresentOrElse(this::join, () -> socket.close(NOT_AUTHENTICATION));
        } else if (PrototypeHello.isJson(text)) {
            room.counterpart(hello.mode()).ifPresent(counterpart -> counterpart.send(text));
        }
    }

    @Override
    public void closed() {
        if (hello != null) {
            rooms.leave(hello, socket);
        }
    }

    @Override
    public Optional<Void> error(ProtocolViolation violation) {
        return Optional.empty();
    }

    private void join(PrototypeHello greeting) {
        var joined = rooms.join(greeting, socket);
        room = joined.room();
        hello = greeting;
        joined.replaced().ifPresent(previous -> previous.close(CloseCode.REPLACED.reason()));
    }
}
