package dev.deskrelay.relay.connection;

import java.util.Optional;

import dev.deskrelay.protocol.ProtocolViolation;

/**
 * What one socket's side of the protocol does with what arrives, in plain code that tests drive
 * without a container: {@code I} is what the socket reads, {@code O} what it answers.
 * {@link ConversationEndpoint} hands it every message, one at a time, and the close.
 */
public interface Conversation<I, O> {

    /** Until it is, the socket is closed at the auth deadline. */
    boolean authenticated();

    /** @throws ProtocolViolation for a rule the sender broke; the socket is answered and stays open */
    void receive(I message);

    /** The socket closed, whoever closed it. */
    void closed();

    /** How this protocol tells the sender of a violation; empty when it has no way to (the prototype's). */
    Optional<O> error(ProtocolViolation violation);
}
