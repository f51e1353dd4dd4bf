package dev.deskrelay.relay.connection;

import static dev.deskrelay.relay.connection.Fakes.proxy;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;

/** The socket sweep is the idle timeout of every socket: nothing one socket does may end it. */
class ConnectionGuardTest {

    private final AtomicReference<Runnable> sweep = new AtomicReference<>();

    @Test
    void aSocketWhoseCheckFailsDoesNotStopTheSweepForTheOthers() throws InterruptedException {
        var guard = Guards.started(scheduler());
        var pings = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            guard.watch(session("broken-" + i, null), ConnectionGuard.Side.VIEWER, null, () -> true);
        }
        guard.watch(session("quiet", pings), ConnectionGuard.Side.VIEWER, null, () -> true);

        // quiet long enough to be pinged, and far from the idle timeout's close even on a busy machine
        Thread.sleep(1100);
        assertDoesNotThrow(() -> sweep.get().run());
        assertDoesNotThrow(() -> sweep.get().run());

        assertEquals(2, pings.get(), "the quiet socket was pinged at each sweep");
    }

    /** A socket whose state can't be read ({@code pings} null), or a quiet one that counts its pings. */
    private static Session session(String id, AtomicInteger pings) {
        RemoteEndpoint.Async remote = proxy(RemoteEndpoint.Async.class, (name, args) -> {
            if (name.equals("sendPing")) {
                pings.incrementAndGet();
            }
            return null;
        });
        return proxy(Session.class, (name, args) -> switch (name) {
            case "getId" -> id;
            case "isOpen" -> {
                if (pings == null) {
                    throw new IllegalStateException("a fault in the container");
                }
                yield true;
            }
            case "getAsyncRemote" -> remote;
            default -> null;
        });
    }

    /** Keeps the sweep to run it by hand; schedules nothing else. */
    private ScheduledExecutorService scheduler() {
        return proxy(ScheduledExecutorService.class, (name, args) -> {
            if (name.equals("scheduleWithFixedDelay")) {
                sweep.set((Runnable) args[0]);
            }
            return null;
        });
    }
}
