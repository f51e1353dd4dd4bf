package dev.deskrelay.relay.viewer;

import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.ViewerToRelay;
import dev.deskrelay.protocol.WireFormat;
import dev.deskrelay.relay.actions.PendingActions;
import dev.deskrelay.relay.connection.ConnectionGuard;
import dev.deskrelay.relay.connection.Conversation;
import dev.deskrelay.relay.connection.ConversationEndpoint;
import dev.deskrelay.relay.connection.ConversationSocket;
import dev.deskrelay.relay.connection.InjectedEndpoints;
import dev.deskrelay.relay.limits.PairingThrottle;
import dev.deskrelay.relay.routing.Router;
import jakarta.inject.Inject;
import jakarta.websocket.server.ServerEndpoint;

/** {@code /viewer}: one {@link ViewerConversation} per socket. */
@ServerEndpoint(value = "/viewer", configurator = InjectedEndpoints.class)
public class ViewerEndpoint extends ConversationEndpoint<ViewerToRelay, RelayToViewer> {

    private static final WireFormat<ViewerToRelay> MESSAGES = new WireFormat<>(ViewerToRelay.class);
    private static final WireFormat<RelayToViewer> REPLIES = new WireFormat<>(RelayToViewer.class);

    @Inject
    Router router;
    @Inject
    PendingActions actions;
    @Inject
    PairingThrottle throttle;
    @Inject
    ViewerRelay relay;

    public ViewerEndpoint() {
        super(ConnectionGuard.Side.VIEWER, MESSAGES::read, REPLIES);
    }

    @Override
    protected Conversation<ViewerToRelay, RelayToViewer> converse(ConversationSocket<RelayToViewer> socket) {
        return new ViewerConversation(socket, router, actions, throttle, relay);
    }
}
