package dev.deskrelay.relay.connection;

import java.util.concurrent.ScheduledExecutorService;

import dev.deskrelay.relay.metrics.NoMetrics;

/**
 * A started {@link ConnectionGuard} without a container: one message a second per socket, small
 * boxes, and an idle timeout of 3 s (a socket is pinged after 1 s of silence).
 */
final class Guards {

    private Guards() {
    }

    static ConnectionGuard started(ScheduledExecutorService scheduler) {
        var guard = new ConnectionGuard();
        guard.scheduler = scheduler;
        guard.metrics = new NoMetrics();
        guard.authTimeoutSeconds = 10;
        guard.idleTimeoutSeconds = 3;
        guard.agentRate = 1;
        guard.agentBurst = 1;
        guard.viewerRate = 1;
        guard.viewerBurst = 1;
        guard.maxSocketsPerAddress = 10;
        guard.outboxLimit = 8;
        guard.slowReadersMaxBytes = 1_000;
        guard.start();
        return guard;
    }
}
