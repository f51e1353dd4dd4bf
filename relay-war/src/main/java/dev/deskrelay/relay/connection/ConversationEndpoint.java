package dev.deskrelay.relay.connection;

import java.nio.ByteBuffer;
import java.util.function.Function;

import dev.deskrelay.protocol.Limits;
import dev.deskrelay.protocol.WireFormat;
import jakarta.inject.Inject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;

/**
 * The Tyrus side of every relay socket, once: it watches the socket ({@link ConnectionGuard}),
 * takes text only, reads it in the socket's direction and hands it to the socket's
 * {@link Conversation}, counts pongs as signs of life, frees the socket's place when it closes
 * and answers failures. A {@code @ServerEndpoint} subclass names its path and makes its
 * conversation. Tyrus finds the handlers here because it reads an endpoint's annotated methods
 * with {@code Class.getMethods()}, which includes the public methods a class inherits.
 */
public abstract class ConversationEndpoint<I, O> {

    @Inject
    ConnectionGuard guard;

    private final ConnectionGuard.Side side;
    private final Function<String, I> reader;
    private final WireFormat<O> replies;
    private SessionPeer<O> peer;
    // read by the auth deadline on another thread
    private volatile Conversation<I, O> conversation;

    /** @param replies the format of the socket's answers, or null when it answers nothing of its own */
    protected ConversationEndpoint(ConnectionGuard.Side side, Function<String, I> reader, WireFormat<O> replies) {
        this.side = side;
        this.reader = reader;
        this.replies = replies;
    }

    /** The socket's conversation, made once, when the socket is first seen. */
    protected abstract Conversation<I, O> converse(ConversationSocket<O> socket);

    @OnOpen
    public void open(Session session) {
        watch(session);
    }

    /**
     * Reads the text here, not in a Tyrus decoder: a decoder's refusal of a fragmented message
     * leaves Tyrus's reassembly unfinished, and the next fragmented message would be appended to it.
     */
    @OnMessage(maxMessageSize = Limits.MAX_MESSAGE_BYTES)
    public void message(String text, Session session) {
        watch(session).received();
        conversation.receive(reader.apply(text));
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
        conversation.closed();
    }

    @OnError
    public void error(Throwable failure, Session session) {
        watch(session).replyToFailure(failure, conversation::error);
    }

    /**
     * Tyrus may deliver the first frame, on another thread, before {@code @OnOpen} has returned,
     * so every callback takes the socket's peer from here, where it and the conversation are made once.
     */
    private synchronized SessionPeer<O> watch(Session session) {
        if (peer == null) {
            peer = guard.watch(session, side, replies, () -> conversation.authenticated());
            conversation = converse(peer);
        }
        return peer;
    }
}
