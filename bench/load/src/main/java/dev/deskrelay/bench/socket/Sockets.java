package dev.deskrelay.bench.socket;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens client sockets, all on one HttpClient: one selector thread does the I/O of every socket
 * and a small fixed pool runs the callbacks, so thousands of sockets cost no thread each.
 */
public final class Sockets implements AutoCloseable {

    private final ExecutorService callbacks;
    private final HttpClient client;

    public Sockets(int threads) {
        var names = new AtomicInteger();
        callbacks = Executors.newFixedThreadPool(threads, task -> {
            var thread = new Thread(task, "bench-io-" + names.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        client = HttpClient.newBuilder().executor(callbacks).build();
    }

    /** Completes with the open socket, or exceptionally when the handshake fails or times out. */
    public CompletableFuture<TextSocket> open(URI endpoint, TextSocket.Handler handler, Duration timeout) {
        Targets.requireLoopback(endpoint.getHost());
        var socket = new TextSocket(handler);
        return client.newWebSocketBuilder().connectTimeout(timeout).buildAsync(endpoint, socket)
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((webSocket, failure) -> {
                    if (failure != null) {
                        socket.abandon();
                        throw failure instanceof CompletionException wrapped ? wrapped : new CompletionException(failure);
                    }
                    return socket;
                });
    }

    @Override
    public void close() {
        callbacks.shutdownNow();
    }
}
