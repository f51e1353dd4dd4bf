package dev.deskrelay.relay.agent;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.RelayToAgent;
import dev.deskrelay.protocol.WireFormat;
import dev.deskrelay.relay.actions.PendingActions;
import dev.deskrelay.relay.connection.ConnectionGuard;
import dev.deskrelay.relay.connection.Conversation;
import dev.deskrelay.relay.connection.ConversationEndpoint;
import dev.deskrelay.relay.connection.ConversationSocket;
import dev.deskrelay.relay.connection.InjectedEndpoints;
import dev.deskrelay.relay.routing.Router;
import jakarta.inject.Inject;
import jakarta.websocket.server.ServerEndpoint;

/** {@code /agent}: one {@link AgentConversation} per socket. */
@ServerEndpoint(value = "/agent", configurator = InjectedEndpoints.class)
public class AgentEndpoint extends ConversationEndpoint<AgentToRelay, RelayToAgent> {

    private static final WireFormat<AgentToRelay> MESSAGES = new WireFormat<>(AgentToRelay.class);
    private static final WireFormat<RelayToAgent> REPLIES = new WireFormat<>(RelayToAgent.class);

    @Inject
    Router router;
    @Inject
    PendingActions actions;
    @Inject
    AgentRelay relay;

    public AgentEndpoint() {
        super(ConnectionGuard.Side.AGENT, MESSAGES::read, REPLIES);
    }

    @Override
    protected Conversation<AgentToRelay, RelayToAgent> converse(ConversationSocket<RelayToAgent> socket) {
        return new AgentConversation(socket, router, actions, relay);
    }
}
