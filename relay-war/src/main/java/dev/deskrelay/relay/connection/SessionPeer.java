package dev.deskrelay.relay.connection;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.glassfish.tyrus.core.WebSocketException;

import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.ProtocolViolation;
import dev.deskrelay.protocol.WireFormat;
import dev.deskrelay.relay.limits.MessageBudget;
import dev.deskrelay.relay.metrics.RelayMetrics;
import dev.deskrelay.relay.routing.Peer;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

/**
 * A WebSocket session as the relay uses it: a routing {@link Peer} taking pre-encoded text, the
 * conversation's way to answer in its direction's messages ({@code O}), and the socket's budget and
 * last sign of life. Everything it sends goes through one bounded {@link Outbox}, so a slow
 * reader holds up nobody and costs a bounded amount of memory.
 */
public final class SessionPeer<O> implements ConversationSocket<O> {

    private static final Logger LOG = Logger.getLogger(SessionPeer.class.getName());
    private static final CloseReason TEXT_ONLY = new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT,
            "only text frames are accepted");
    private static final CloseReason CONNECTION_LOST = new CloseReason(CloseReason.CloseCodes.GOING_AWAY,
            "the connection failed");

    private final Session session;
    private final String address;
    private final WireFormat<O> format;
    private final MessageBudget budget;
    private final Executor closer;
    private final RelayMetrics metrics;
    private final Outbox outbox;
    private final AtomicBoolean lost = new AtomicBoolean();
    private volatile long lastHeardNanos = System.nanoTime();

    SessionPeer(Session session, String address, WireFormat<O> format, MessageBudget budget, Executor closer,
            RelayMetrics metrics, int outboxLimit, ReaderBudget readerBudget) {
        this.session = session;
        this.address = address;
        this.format = format;
        this.budget = budget;
        this.closer = closer;
        this.metrics = metrics;
        this.outbox = new Outbox(this::write, new OutboxCounts(metrics), outboxLimit, readerBudget, this::tooSlow);
    }

    @Override
    public String id() {
        return session.getId();
    }

    @Override
    public void send(String text) {
        outbox.add(text);
    }

    @Override
    public void sendLatest(String key, String text) {
        outbox.addLatest(key, text);
    }

    @Override
    public void sendAnswer(String text) {
        outbox.addAnswer(text, null);
    }

    @Override
    public void reply(O message) {
        sendAnswer(format.write(message));
    }

    @Override
    public void replyAndClose(O message, CloseCode code) {
        outbox.addAnswer(format.write(message), () -> close(code.reason()));
    }

    /** Closes once everything queued so far is written, so the close overtakes nothing. */
    public void closeWhenSent(CloseReason reason) {
        outbox.afterQueued(() -> close(reason));
    }

    @Override
    public void answerFirst(Runnable steps) {
        outbox.pause();
        try {
            steps.run();
        } finally {
            outbox.resume();
        }
    }

    /**
     * Every message that arrives, well-formed or not, counts as a sign of life and spends the
     * socket's budget.
     *
     * @throws ProtocolViolation {@code rate_limited} when over budget; a socket that stays over is closed
     */
    public void received() {
        heard();
        switch (budget.spend()) {
            case ADMIT -> {
            }
            case REFUSE -> throw new ProtocolViolation(ErrorCode.RATE_LIMITED,
                    "too many messages: this one was not handled, slow down");
            case CLOSE -> {
                LOG.info(() -> "closing session " + id() + " from " + address + ": it kept sending over its rate limit");
                close(CloseCode.RATE_LIMITED.reason());
                throw new ProtocolViolation(ErrorCode.RATE_LIMITED, "kept sending over the rate limit");
            }
        }
    }

    /** A pong, or anything else that shows the other side is there without being a message. */
    public void heard() {
        lastHeardNanos = System.nanoTime();
    }

    /** Tells the sender what went wrong, in its protocol's error message if it has one, unless the socket is gone. */
    public void replyToFailure(Throwable failure, Function<ProtocolViolation, Optional<O>> asError) {
        if (failure instanceof WebSocketException refused) {
            // Tyrus refused the frame itself (too big, not UTF-8) and has already closed the socket with
            // the matching close code: nobody is left to answer, and nothing of the relay's to fix
            LOG.info(() -> "closed session " + id() + " from " + address + ": " + refused.getMessage());
            return;
        }
        if (Failures.connectionLost(failure)) {
            // the other side went away while the container read or wrote, e.g. a viewer closing mid-telemetry
            lost(failure);
            return;
        }
        ProtocolViolation violation = Failures.explain(failure, "session " + session.getId());
        metrics.rejected(violation.code());
        if (session.isOpen()) {
            asError.apply(violation).ifPresent(this::reply);
        }
    }

    /**
     * Every message is JSON text; Tyrus would drop a binary frame without a word, so it closes here.
     * The endpoints take binary messages fragment by fragment, so this runs on the first one: a
     * whole-message handler has Tyrus buffer the fragments, and Tyrus then fails on its own state
     * change after the handler closed the socket, which reaches the log as an unexpected failure.
     */
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

    @Override
    public String address() {
        return address;
    }

    @Override
    public Optional<String> signedInAccount() {
        return SignedIn.accountOf(session);
    }

    void released() {
        outbox.closed();
    }

    boolean isOpen() {
        return session.isOpen();
    }

    long silentNanos(long now) {
        return now - lastHeardNanos;
    }

    void ping() {
        try {
            session.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
        } catch (IOException | IllegalStateException closing) {
            LOG.log(Level.FINE, "could not ping session {0}", session.getId());
        }
    }

    /** Closing writes a frame, which can wait on a reader that stopped: not on the sender's thread. */
    private void tooSlow() {
        closer.execute(() -> {
            LOG.info(() -> "closing session " + id() + " from " + address + ": it fell too far behind reading");
            close(CloseCode.TOO_SLOW.reason());
        });
    }

    /**
     * A write failed or was refused, so the connection is gone (the other side reset it, say), yet
     * Tyrus may go on thinking the session open, and the socket would count until the idle timeout.
     * Closing it runs the endpoint's {@code @OnClose} now: the viewer leaves the registry, the
     * address its place. Once: every message still queued fails the same way, and each task on
     * the managed executor costs a class path scan.
     */
    private void lost(Throwable failure) {
        LOG.log(Level.FINE, "session {0} lost its connection: {1}", new Object[] {id(), failure});
        if (lost.compareAndSet(false, true)) {
            closer.execute(() -> close(CONNECTION_LOST));
        }
    }

    private void write(String text, Runnable done) {
        try {
            session.getAsyncRemote().sendText(text, result -> {
                if (!result.isOK()) {
                    lost(result.getException());
                }
                done.run();
            });
        } catch (RuntimeException closing) {
            // Tyrus refuses a send on a socket that is going away: an IllegalStateException from the
            // session, a bare RuntimeException ("Socket is not connected.") from the socket under it;
            // it must not reach the sender, whose own socket is fine (an agent, for telemetry)
            lost(closing);
            done.run();
        }
    }
}
