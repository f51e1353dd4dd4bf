package dev.deskrelay.relay.connection;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.protocol.ProtocolViolation;
import dev.deskrelay.relay.routing.Peer;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

/**
 * A WebSocket session as the relay uses it: a routing {@link Peer} taking pre-encoded text, and
 * the endpoint's way to answer through its encoder. All sends are asynchronous, so one slow
 * socket holds up nobody.
 */
public final class SessionPeer implements Peer {

    private static final Logger LOG = Logger.getLogger(SessionPeer.class.getName());
    private static final CloseReason TEXT_ONLY = new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT,
            "only text frames are accepted");

    private final Session session;

    SessionPeer(Session session) {
        this.session = session;
    }

    @Override
    public String id() {
        return session.getId();
    }

    @Override
    public synchronized void send(String text) {
        try {
            session.getAsyncRemote().sendText(text);
        } catch (IllegalStateException closing) {
            LOG.log(Level.FINE, "dropped a message for closing session {0}", session.getId());
        }
    }

    /**
     * Runs an answer's steps while routed messages wait, so that nothing the socket starts to
     * receive in these steps (it is attached to devices here) overtakes the answer itself.
     */
    public synchronized void answerFirst(Runnable steps) {
        steps.run();
    }

    /** Answers through the endpoint's encoder. */
    public void reply(Object message) {
        if (session.isOpen()) {
            session.getAsyncRemote().sendObject(message);
        }
    }

    /** Answers, waits until the answer is written, then closes: the close must not overtake it. */
    public void replyAndClose(Object message, CloseCode code) {
        try {
            session.getAsyncRemote().sendObject(message).get(2, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.FINE, "could not deliver the last message before closing", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close(code.reason());
    }

    /** Tells the sender what went wrong, in the endpoint's error message, unless the socket is gone. */
    public void replyToFailure(Throwable failure, Function<ProtocolViolation, ?> asError) {
        if (session.isOpen()) {
            reply(asError.apply(Failures.explain(failure, "session " + session.getId())));
        }
    }

    /** Every message is JSON text; Tyrus would drop a binary frame without a word, so it closes here. */
    public void refuseBinary() {
        close(TEXT_ONLY);
    }

    @Override
    public void close(CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException | IllegalStateException alreadyGone) {
            LOG.log(Level.FINE, "session {0} was already closed", session.getId());
        }
    }

    boolean isOpen() {
        return session.isOpen();
    }
}
