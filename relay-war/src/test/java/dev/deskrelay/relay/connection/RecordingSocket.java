package dev.deskrelay.relay.connection;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.relay.routing.RecordingPeer;

/** A socket for conversation tests: besides what was routed to it and its close, it remembers its answers. */
public final class RecordingSocket<O> extends RecordingPeer implements ConversationSocket<O> {

    public final List<O> replies = new CopyOnWriteArrayList<>();
    /** The account whose session opened the socket, if any. */
    public volatile String signedIn;

    public RecordingSocket(String id) {
        super(id);
    }

    @Override
    public void reply(O message) {
        replies.add(message);
    }

    @Override
    public void replyAndClose(O message, CloseCode code) {
        reply(message);
        close(code.reason());
    }

    @Override
    public void answerFirst(Runnable steps) {
        steps.run();
    }

    @Override
    public String address() {
        return "10.0.0.1";
    }

    @Override
    public Optional<String> signedInAccount() {
        return Optional.ofNullable(signedIn);
    }

    public int closeCode() {
        return closedWith == null ? 0 : closedWith.getCloseCode().getCode();
    }
}
