package dev.deskrelay.agent.connection;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.websocket.CloseReason;
import jakarta.websocket.EncodeException;
import jakarta.websocket.Session;

import dev.deskrelay.protocol.AgentToRelay;

/**
 * Sends to the relay from the connection, telemetry and action threads. One send at a time: a
 * WebSocket basic remote must not be used concurrently. A failed send is logged, not thrown, since
 * the close that follows a broken connection is handled by the reconnect loop.
 */
final class RelayChannel {

    private static final Logger LOG = Logger.getLogger(RelayChannel.class.getName());

    private final Session session;

    RelayChannel(Session session) {
        this.session = session;
    }

    synchronized void send(AgentToRelay message) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.getBasicRemote().sendObject(message);
        } catch (IOException | EncodeException | IllegalStateException e) {
            LOG.warning("cannot send " + message.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    void close(CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException e) {
            LOG.warning("cannot close the connection cleanly: " + e.getMessage());
        }
    }
}
