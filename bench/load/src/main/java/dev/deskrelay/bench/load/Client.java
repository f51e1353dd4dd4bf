package dev.deskrelay.bench.load;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.deskrelay.bench.measure.BenchClock;
import dev.deskrelay.bench.measure.Measurements;
import dev.deskrelay.bench.socket.Route;
import dev.deskrelay.bench.socket.Sockets;
import dev.deskrelay.bench.socket.TextSocket;

/**
 * What every simulated client shares: connecting, becoming ready (each kind decides when),
 * counting as errors whatever the server does to a socket that the client did not ask for, and
 * coming back on a new socket when its {@link Redial} wants it to.
 */
abstract class Client implements TextSocket.Handler, Participant {

    /** What a socket that failed without a close frame counts as when deciding to come back. */
    private static final int ABNORMAL_CLOSURE = 1006;

    protected final Measurements measurements;
    private final String role;
    private final Redial redial;
    private final Backoff backoff = Backoff.jittered();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile Line line;
    private volatile TextSocket socket;
    /** The current socket's hello has been answered: the client is ready on it. */
    private volatile boolean answered;
    /** The current attempt follows a lost socket: its success is a reconnect. */
    private volatile boolean redialing;
    /** The generator is closing this client: a socket it opens from now on is not kept. */
    private volatile boolean closing;
    private long connectStarted;
    /** Sockets dialled after the first: the route's next endpoint each time. */
    private volatile int dials;

    /** Where the client's sockets go, and how long one may take to open. */
    private record Line(Sockets sockets, Route route, Duration timeout) {
    }

    Client(Measurements measurements, String role, Redial redial) {
        this.measurements = measurements;
        this.role = role;
        this.redial = redial;
    }

    /**
     * Connects; the future completes when the client is first ready, or exceptionally within
     * {@code timeout}. A socket lost before that is dialled again within the same time.
     */
    public final CompletableFuture<Void> connect(Sockets sockets, URI endpoint, Duration timeout) {
        return connect(sockets, Route.single(endpoint), timeout);
    }

    /** As above, over a route: each new socket after a lost one goes to the route's next endpoint. */
    public final CompletableFuture<Void> connect(Sockets sockets, Route route, Duration timeout) {
        connectStarted = BenchClock.micros();
        line = new Line(sockets, route, timeout);
        dial();
        return ready.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((done, failure) -> {
            if (cause(failure) instanceof TimeoutException) {
                measurements.error("not ready in time: " + role);
            }
        });
    }

    private void dial() {
        Line to = line;
        int attempt = dials;
        to.sockets().open(to.route().endpoint(attempt), this, to.timeout()).whenComplete((opened, failure) -> {
            if (failure != null) {
                measurements.error("connect failed: " + role + " (" + describe(failure) + ")");
                measurements.node(to.route().node(attempt)).connectFailed();
                // the first connection failing is what the ramp reports; only a client that lost one keeps trying
                if (!redialing || !dialAgain(ABNORMAL_CLOSURE)) {
                    ready.completeExceptionally(failure);
                }
            } else {
                socket = opened;
                // read after the write: either this or close() sees the other, so no socket outlives the run
                if (givenUp()) {
                    opened.close(Duration.ZERO);
                } else {
                    opened(opened);
                }
            }
        });
    }

    /** Being closed, or not ready in time: a socket opened for it now would be held for nothing. */
    private boolean givenUp() {
        return closing || ready.isCompletedExceptionally();
    }

    /** @return whether another attempt is coming */
    private boolean dialAgain(int closeCode) {
        if (givenUp() || !canResume() || !redial.wanted(closeCode)) {
            return false;
        }
        redialing = true;
        dials++;
        redial.after(backoff.next(BenchClock.micros()), this::dial);
        return true;
    }

    /** The socket is open: say hello (the first one, or the one a client that was ready before says). */
    abstract void opened(TextSocket socket);

    /** A whole text frame from the server. */
    abstract void received(String text);

    /** The current socket's hello was answered. */
    final void becameReady() {
        long now = BenchClock.micros();
        answered = true;
        backoff.ready(now);
        if (redialing) {
            redialing = false;
            redial.succeeded();
        } else {
            measurements.connectToReady.record(now - connectStarted);
        }
        ready.complete(null);
    }

    /** The node this client's current (or last) socket went to, or {@link Route#UNKNOWN}. */
    public final int node() {
        Line to = line;
        return to == null ? Route.UNKNOWN : to.route().node(dials);
    }

    public final boolean isReady() {
        return ready.isDone() && !ready.isCompletedExceptionally();
    }

    /** Sends if the socket is open; a full send queue is counted by {@link #backlogFull}. */
    final boolean send(String text) {
        return sendOn(socket, text);
    }

    /** The socket now, for an answer that belongs to it ({@link #sendOn}). */
    final TextSocket currentSocket() {
        return socket;
    }

    /**
     * Sends on {@code on} only if it is still the client's socket: an answer to what came on a
     * lost socket is not sent on its successor.
     */
    final boolean sendOn(TextSocket on, String text) {
        return on != null && on == socket && on.send(text);
    }

    final void unexpected(String what) {
        measurements.error(what + ": " + role);
    }

    /** Ready on the socket it has now, and that socket still open: a socket the relay holds for this client. */
    public final boolean isHeld() {
        TextSocket open = socket;
        return isReady() && answered && open != null && open.isOpen();
    }

    public final CompletableFuture<Void> close(Duration patience) {
        closing = true;
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

    /** Whether this client has what it needs to come back on a new socket. */
    boolean canResume() {
        return true;
    }

    @Override
    public final void closed(TextSocket from, int code, String reason, boolean byUs) {
        if (!byUs) {
            measurements.error("closed by the server: " + role + " " + code + (reason == null || reason.isBlank() ? "" : " " + reason));
            measurements.node(node()).dropped();
        }
        ended(byUs, code, new IllegalStateException("closed"));
    }

    @Override
    public final void failed(TextSocket from, Throwable failure, boolean byUs) {
        if (!byUs) {
            measurements.error("socket failed: " + role + " (" + describe(failure) + ")");
            measurements.node(node()).dropped();
        }
        ended(byUs, ABNORMAL_CLOSURE, failure);
    }

    private void ended(boolean byUs, int closeCode, Throwable why) {
        if (!byUs) {
            answered = false;
            lost();
        }
        if (byUs || !dialAgain(closeCode)) {
            ready.completeExceptionally(why);
        }
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
