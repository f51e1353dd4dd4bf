package dev.deskrelay.relay.prototype;

import java.util.function.Function;

import dev.deskrelay.relay.connection.ConnectionGuard;
import dev.deskrelay.relay.connection.Conversation;
import dev.deskrelay.relay.connection.ConversationEndpoint;
import dev.deskrelay.relay.connection.ConversationSocket;
import dev.deskrelay.relay.connection.InjectedEndpoints;
import jakarta.inject.Inject;
import jakarta.websocket.server.ServerEndpoint;

/** {@code /ws}: one {@link PrototypeConversation} per socket, over the frames' text as it came. */
@ServerEndpoint(value = "/ws", configurator = InjectedEndpoints.class)
public class PrototypeEndpoint extends ConversationEndpoint<String, Void> {

    @Inject
    PrototypeRooms rooms;

    public PrototypeEndpoint() {
        super(ConnectionGuard.Side.PROTOTYPE, Function.identity(), null);
    }

    @Override
    protected Conversation<String, Void> converse(ConversationSocket<Void> socket) {
        return new PrototypeConversation(socket, rooms);
    }
}
