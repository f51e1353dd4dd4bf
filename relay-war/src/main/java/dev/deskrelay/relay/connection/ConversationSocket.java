package dev.deskrelay.relay.connection;

import java.util.Optional;

import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.relay.routing.Peer;

/** A socket as its {@link Conversation} sees it: a routing peer it can also answer in its own messages. */
public interface ConversationSocket<O> extends Peer {

    void reply(O message);

    /** Answers, then closes once the answer is written: the close must not overtake it. */
    void replyAndClose(O message, CloseCode code);

    /**
     * Runs an answer's steps while routed messages wait aside, so that nothing the socket starts
     * to receive in these steps overtakes the answer itself.
     */
    void answerFirst(Runnable steps);

    /** The client's address, as limits count it. */
    String address();

    /** The account whose signed-in session opened the socket (its handshake carried the session cookie). */
    Optional<String> signedInAccount();
}
