package dev.deskrelay.agent.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.Test;

class ReconnectLoopTest {

    @Test
    void keepsTryingWhileTheRelayIsDownAndStopsWhenAsked() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        URI nobodyListening = URI.create("ws://127.0.0.1:" + closedPort() + "/agent");
        ReconnectLoop loop = new ReconnectLoop(ClientManager.createClient(), nobodyListening,
                () -> {
                    attempts.incrementAndGet();
                    return new AgentEndpoint(new RelayConversation(null));
                },
                new FixedDelay(Duration.ofMillis(100)));

        CompletableFuture<Ending> ending = CompletableFuture.supplyAsync(loop::run);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (attempts.get() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        loop.stop(Duration.ofSeconds(5));

        assertTrue(attempts.get() >= 3, "attempts: " + attempts.get());
        assertEquals(Ending.STOPPED, ending.get(1, TimeUnit.SECONDS));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
