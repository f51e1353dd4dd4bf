package dev.deskrelay.agent.connection;

import java.util.logging.Logger;

import jakarta.websocket.ClientEndpoint;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;

import dev.deskrelay.protocol.Codecs;
import dev.deskrelay.protocol.ProtocolViolation;
import dev.deskrelay.protocol.RelayToAgent;

/** Tyrus' view of one connection to {@code /agent}; it hands every event to the conversation. */
@ClientEndpoint(encoders = Codecs.AgentToRelayEncoder.class, decoders = Codecs.RelayToAgentDecoder.class)
public final class AgentEndpoint {

    private static final Logger LOG = Logger.getLogger(AgentEndpoint.class.getName());

    private final RelayConversation conversation;

    AgentEndpoint(RelayConversation conversation) {
        this.conversation = conversation;
    }

    @OnOpen
    public void onOpen(Session session) {
        conversation.opened(new RelayChannel(session));
    }

    @OnMessage
    public void onMessage(RelayToAgent message) {
        conversation.received(message);
    }

    @OnMessage
    public void onPong(PongMessage pong) {
        conversation.heard();
    }

    @OnClose
    public void onClose(CloseReason reason) {
        LOG.info("connection closed: " + reason.getCloseCode().getCode()
                + (reason.getReasonPhrase().isEmpty() ? "" : " " + reason.getReasonPhrase()));
        conversation.closed(reason);
    }

    // without this Tyrus would swallow the error, e.g. a message the decoder rejected
    @OnError
    public void onError(Throwable error) {
        LOG.warning(ProtocolViolation.in(error)
                .map(violation -> "relay sent a message this agent cannot read: " + violation.getMessage())
                .orElseGet(() -> "connection error: " + error));
    }

    Ending awaitEnd() throws InterruptedException {
        return conversation.awaitEnd();
    }
}
