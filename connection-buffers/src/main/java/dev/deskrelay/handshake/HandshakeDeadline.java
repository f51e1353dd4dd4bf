package dev.deskrelay.handshake;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.portunif.PUFilter;

/**
 * Port unification's filter, which sees every connection before HTTP does, with a deadline: a
 * connection whose first request head has not arrived whole within {@link #DEADLINE} of opening
 * is closed, however the bytes trickle in. Once the head is whole (a WebSocket upgrade is then
 * answered), the connection is no longer watched: the relay's own deadlines take over.
 */
public class HandshakeDeadline extends PUFilter {

    /** As long as the relay gives a socket to authenticate; a real client sends its head at once. */
    static final Duration DEADLINE = Duration.ofSeconds(10);

    private final RequestHeads<Connection<?>> heads = new RequestHeads<>(DEADLINE, System::nanoTime);

    public HandshakeDeadline() {
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "deskrelay-handshake-deadline");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(() -> heads.overdue().forEach(Connection::closeSilently), 1, 1,
                TimeUnit.SECONDS);
    }

    @Override
    public NextAction handleAccept(FilterChainContext ctx) throws IOException {
        heads.opened(ctx.getConnection());
        return super.handleAccept(ctx);
    }

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        // every frame of every socket passes here: past its head, a connection costs one lookup
        if (ctx.getMessage() instanceof Buffer buffer && heads.watching(ctx.getConnection())) {
            heads.received(ctx.getConnection(), new RequestHeads.Bytes() {
                @Override
                public int size() {
                    return buffer.remaining();
                }

                @Override
                public byte at(int index) {
                    return buffer.get(buffer.position() + index);
                }
            });
        }
        return super.handleRead(ctx);
    }

    @Override
    public NextAction handleClose(FilterChainContext ctx) throws IOException {
        heads.closed(ctx.getConnection());
        return super.handleClose(ctx);
    }
}
