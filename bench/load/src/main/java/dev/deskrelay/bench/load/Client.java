package dev.deskrelay.bench.load;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.deskrelay.bench.measure.BenchClock;
import dev.deskrelay.bench.measure.Measurements;
import dev.deskrelay.bench.socket.Sockets;
import dev.deskrelay.bench.socket.TextSocket;

/**
 * What every simulated client shares: connecting, becoming ready (each kind decides when), and
 * counting as errors whatever the server does to a socket that the client did not ask for.
 */
abstract class Client implements TextSocket.Handler, Participant {

    protected final Measurements measurements;
    private final String role;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile TextSocket socket;
    private long connectStarted;

    Client(Measurements measurements, String role) {
        this.measurements = measurements;
        this.role = role;
    }

    /** Connects; the future completes when the client is ready, or exceptionally within {@code timeout}. */
    public final CompletableFuture<Void> connect(Sockets sockets, URI endpoint, Duration timeout) {
        connectStarted = BenchClock.micros();
        sockets.open(endpoint, this, timeout).whenComplete((opened, failure) -> {
            if (failure != null) {
                measurements.error("connect failed: " + role + " (" + describe(failure) + ")");
                ready.completeExceptionally(failure);
            } else {
                socket = opened;
                opened(opened);
            }
        });
        return ready.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((done, failure) -> {
            if (cause(failure) instanceof TimeoutException) {
                measurements.error("not ready in time: " + role);
            }
        });
    }

    /** The socket is open: say hello. */
    abstract void opened(TextSocket socket);

    /** A whole text frame from the server. */
    abstract void received(String text);

    final void becameReady() {
        measurements.connectToReady.record(BenchClock.micros() - connectStarted);
        ready.complete(null);
    }

    public final boolean isReady() {
        return ready.isDone() && !ready.isCompletedExceptionally();
    }

    /** Sends if the socket is open; a full send queue is counted by {@link #backlogFull}. */
    final boolean send(String text) {
        TextSocket open = socket;
        return open != null && open.send(text);
    }

    final void unexpected(String what) {
        measurements.error(what + ": " + role);
    }

    /** Ready and still open: a socket the relay holds for this client. */
    public final boolean isHeld() {
        TextSocket open = socket;
        return isReady() && open != null && open.isOpen();
    }

    public final CompletableFuture<Void> close(Duration patience) {
        TextSocket open = socket;
        return open == null ? CompletableFuture.completedFuture(null) : open.close(patience);
    }

    @Override
    public final void text(TextSocket from, String text) {
        try {
            received(text);
        } catch (IllegalArgumentException unreadable) {
            unexpected("unreadable frame");
        }
    }

    /** The server ended the socket unasked (already counted as an error); the kinds settle their accounts. */
    void lost() {
    }

    @Override
    public final void closed(TextSocket from, int code, String reason, boolean byUs) {
        if (!byUs) {
            measurements.error("closed by the server: " + role + " " + code + (reason == null || reason.isBlank() ? "" : " " + reason));
            lost();
        }
        ready.completeExceptionally(new IllegalStateException("closed"));
    }

    @Override
    public final void failed(TextSocket from, Throwable failure, boolean byUs) {
        if (!byUs) {
            measurements.error("socket failed: " + role + " (" + describe(failure) + ")");
            lost();
        }
        ready.completeExceptionally(failure);
    }

    @Override
    public final void sendFailed(TextSocket from, Throwable failure) {
        measurements.error("send failed: " + role + " (" + describe(failure) + ")");
    }

    @Override
    public final void backlogFull(TextSocket from) {
        measurements.error("send queue full (the server stopped reading): " + role);
    }

    static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The kind of failure, without its message: error counts are keyed by it. */
    static String describe(Throwable failure) {
        return cause(failure).getClass().getSimpleName();
    }
}
