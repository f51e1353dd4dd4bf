package dev.deskrelay.agent.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.deskrelay.agent.config.AgentConfig;
import dev.deskrelay.agent.config.ConfigFile;
import dev.deskrelay.agent.config.DeviceIdentity;

class ReconnectLoopTest {

    private static final RelayWatchdog.Timing IMPATIENT = new RelayWatchdog.Timing(Duration.ofMillis(50),
            Duration.ofMillis(200), Duration.ofMillis(700));

    @TempDir
    Path home;

    @Test
    void keepsTryingWhileTheRelayIsDownAndStopsWhenAsked() throws Exception {
        RelayUrl nobodyListening = RelayUrl.parse("ws://127.0.0.1:" + closedPort());
        AgentServices services = services(nobodyListening);
        AtomicInteger attempts = new AtomicInteger();
        ReconnectLoop loop = new ReconnectLoop(RelayClients.create(), nobodyListening.agentEndpoint(), () -> {
            attempts.incrementAndGet();
            return new AgentEndpoint(new RelayConversation(services));
        }, quickBackoff());

        CompletableFuture<Ending> ending = CompletableFuture.supplyAsync(loop::run);
        awaitTrue(() -> attempts.get() >= 3, Duration.ofSeconds(10));
        loop.stop(Duration.ofSeconds(5));

        assertTrue(attempts.get() >= 3, "attempts: " + attempts.get());
        assertEquals(Ending.STOPPED, ending.get(1, TimeUnit.SECONDS));
    }

    @Test
    void aRelayThatStopsAnsweringIsLeftAndDialledAgain() throws Exception {
        try (SilentRelay relay = SilentRelay.start()) {
            ReconnectLoop loop = new ReconnectLoop(RelayClients.create(), services(relay.url()), quickBackoff());

            CompletableFuture<Ending> ending = CompletableFuture.supplyAsync(loop::run);
            awaitTrue(() -> relay.handshakes().size() >= 3, Duration.ofSeconds(15));
            loop.stop(Duration.ofSeconds(5));

            List<Long> handshakes = relay.handshakes();
            assertTrue(handshakes.size() >= 3, "connections: " + handshakes.size());
            for (int i = 1; i < handshakes.size(); i++) {
                Duration apart = Duration.ofNanos(handshakes.get(i) - handshakes.get(i - 1));
                // left for its silence, not for an error, and without waiting on the dead connection's close
                assertTrue(apart.compareTo(IMPATIENT.silenceLimit()) >= 0, "reconnected after " + apart);
                assertTrue(apart.compareTo(Duration.ofSeconds(3)) < 0, "reconnected after " + apart);
            }
            assertEquals(Ending.STOPPED, ending.get(5, TimeUnit.SECONDS));
        }
    }

    private AgentServices services(RelayUrl relay) {
        ConfigFile file = new ConfigFile(home.resolve("agent.json"));
        DeviceIdentity identity = DeviceIdentity.at(relay.toString(), "test-box", file, AgentConfig.EMPTY);
        return new AgentServices(relay, identity, null, null, null, new AtomicBoolean(), IMPATIENT);
    }

    private static Backoff quickBackoff() {
        return new Backoff(Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(60), Math::random,
                System::nanoTime);
    }

    private static void awaitTrue(BooleanSupplier condition, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
