package dev.deskrelay.relay.routing;

import jakarta.websocket.CloseReason;

/** One live connection, as routing sees it: something that takes text and can be closed. */
public interface Peer {

    String id();

    void send(String text);

    /** Latest-value-wins: a message still waiting with the same key is replaced, not queued behind. */
    void sendLatest(String key, String text);

    /** Part of an answer being made to this socket: not held back behind routed messages meanwhile. */
    void sendAnswer(String text);

    void close(CloseReason reason);
}
