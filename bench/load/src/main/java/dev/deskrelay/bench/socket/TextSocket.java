package dev.deskrelay.bench.socket;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * One client socket of text frames. The JDK's WebSocket allows one text send outstanding at a
 * time, so sends wait in a short queue here; a queue that fills up means the server stopped
 * reading, which the owner hears as {@link Handler#backlogFull()}. Fragmented frames are joined
 * before the owner sees them. Pings are answered by the JDK itself.
 */
public final class TextSocket implements WebSocket.Listener {

    /** What the owner of a socket hears, on the HttpClient's executor, one call at a time. */
    public interface Handler {
        void text(TextSocket socket, String text);

        /** The server closed the socket; {@code byUs} when it answers our own close. */
        void closed(TextSocket socket, int code, String reason, boolean byUs);

        void failed(TextSocket socket, Throwable failure, boolean byUs);

        void sendFailed(TextSocket socket, Throwable failure);

        void backlogFull(TextSocket socket);
    }

    static final int MAX_WAITING = 256;

    private final Handler handler;
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final ArrayDeque<String> waiting = new ArrayDeque<>(2);
    private StringBuilder partial;
    private volatile WebSocket webSocket;
    private volatile boolean closing;
    private boolean sending;

    TextSocket(Handler handler) {
        this.handler = handler;
    }

    /**
     * Queues a frame; false when the socket has ended (its end was already reported once) or the
     * server has stopped reading (the owner is told).
     */
    public boolean send(String text) {
        synchronized (this) {
            if (closing || ended.isDone()) {
                return false;
            }
            if (sending) {
                if (waiting.size() >= MAX_WAITING) {
                    handler.backlogFull(this);
                    return false;
                }
                waiting.add(text);
                return true;
            }
            sending = true;
        }
        write(text);
        return true;
    }

    /**
     * Closes with 1000 and waits for the server's close up to {@code patience}, then drops the
     * connection; the future completes either way.
     */
    public CompletableFuture<Void> close(Duration patience) {
        closing = true;
        WebSocket socket = webSocket;
        if (socket == null || ended.isDone()) {
            ended.complete(null);
            return ended;
        }
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(failure -> {
                socket.abort();
                return socket;
            });
        } catch (RuntimeException alreadyClosing) {
            socket.abort();
        }
        return ended.completeOnTimeout(null, patience.toMillis(), TimeUnit.MILLISECONDS).whenComplete((done, failure) -> {
            if (!socket.isInputClosed()) {
                socket.abort();
            }
        });
    }

    /** Completes when the socket is closed, by either side, or failed. */
    public CompletableFuture<Void> ended() {
        return ended;
    }

    public boolean isOpen() {
        WebSocket socket = webSocket;
        return socket != null && !ended.isDone() && !socket.isOutputClosed();
    }

    private void write(String text) {
        CompletableFuture<WebSocket> sent;
        try {
            sent = webSocket.sendText(text, true);
        } catch (RuntimeException failure) {
            sent = CompletableFuture.failedFuture(failure);
        }
        sent.whenComplete((socket, failure) -> {
            if (failure != null && !closing && !ended.isDone()) {
                handler.sendFailed(this, failure);
            }
            String next;
            synchronized (this) {
                next = closing ? null : waiting.poll();
                if (next == null) {
                    waiting.clear();
                    sending = false;
                }
            }
            if (next != null) {
                write(next);
            }
        });
    }

    /** A handshake given up on (it took too long) must not leave a socket open if it completes later. */
    void abandon() {
        closing = true;
        WebSocket socket = webSocket;
        if (socket != null) {
            socket.abort();
        }
        ended.complete(null);
    }

    @Override
    public void onOpen(WebSocket socket) {
        webSocket = socket;
        if (closing) {
            socket.abort();
            return;
        }
        socket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        if (!last) {
            if (partial == null) {
                partial = new StringBuilder();
            }
            partial.append(data);
        } else if (partial == null) {
            handler.text(this, data.toString());
        } else {
            String text = partial.append(data).toString();
            partial = null;
            handler.text(this, text);
        }
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
        handler.failed(this, new IllegalStateException("the server sent a binary frame"), closing);
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        handler.closed(this, statusCode, reason, closing);
        ended.complete(null);
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        handler.failed(this, error, closing);
        ended.complete(null);
    }
}
