package dev.deskrelay.relay.routing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.websocket.CloseReason;

/** A peer that remembers what it was sent, for tests that need no socket. */
public class RecordingPeer implements Peer {

    private final String id;
    public final List<String> sent = new CopyOnWriteArrayList<>();
    public volatile CloseReason closedWith;

    public RecordingPeer(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void send(String text) {
        sent.add(text);
    }

    @Override
    public void sendLatest(String key, String text) {
        sent.add(text);
    }

    @Override
    public void sendAnswer(String text) {
        sent.add(text);
    }

    @Override
    public void close(CloseReason reason) {
        closedWith = reason;
    }
}
