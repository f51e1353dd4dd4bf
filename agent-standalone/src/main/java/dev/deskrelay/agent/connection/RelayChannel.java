package dev.deskrelay.agent.connection;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import dev.deskrelay.protocol.AgentToRelay;

/**
 * Sends to the relay from the connection, telemetry and action threads without ever waiting on the
 * network: a relay that stopped reading must not stall the senders, or the watchdog that notices it.
 * A failed send is logged, not thrown, since the reconnect loop handles the close that follows.
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
            session.getAsyncRemote().sendObject(message, result -> {
                // after a close every queued send fails; only a failure on an open connection is news
                if (!result.isOK() && session.isOpen()) {
                    LOG.warning("cannot send " + type(message) + ": " + result.getException());
                }
            });
        } catch (IllegalStateException | IllegalArgumentException e) {
            LOG.warning("cannot send " + type(message) + ": " + e.getMessage());
        }
    }

    void ping() {
        try {
            session.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            LOG.fine(() -> "cannot ping the relay: " + e);
        }
    }

    /**
     * Closes on a thread of its own: on a half-open connection a polite close can wait for a very
     * long time, and nobody should wait with it.
     */
    CompletableFuture<Void> close(CloseReason reason) {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Thread closer = new Thread(() -> {
            try {
                session.close(reason);
            } catch (IOException | IllegalStateException e) {
                LOG.fine(() -> "cannot close the connection cleanly: " + e);
            } finally {
                closed.complete(null);
            }
        }, "deskrelay-close");
        closer.setDaemon(true);
        closer.start();
        return closed;
    }

    private static String type(AgentToRelay message) {
        return message.getClass().getSimpleName();
    }
}
