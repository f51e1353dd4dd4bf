package dev.deskrelay.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.deskrelay.bench.measure.Count;
import dev.deskrelay.bench.measure.Measurements;
import dev.deskrelay.bench.socket.Sockets;
import dev.deskrelay.bench.wire.AgentMessages;
import dev.deskrelay.bench.wire.ViewerMessages;

/** Clients over real sockets against a {@link FakeRelay} that drops them when the test says. */
class ReconnectTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** Longer than the first backoff window, 0.5 s: a client that would come back has come back by then. */
    private static final long LONGER_THAN_A_PAUSE = 1_500;

    private final Measurements measurements = new Measurements();
    private final Clockwork clockwork = new Clockwork();
    private final Sockets sockets = new Sockets(1);
    private final FakeRelay relay;
    private final Redial agentsBack = Redial.on(clockwork, measurements, Redial.Kind.AGENT);
    private final Redial viewersBack = Redial.on(clockwork, measurements, Redial.Kind.VIEWER);

    ReconnectTest() throws IOException {
        relay = new FakeRelay();
    }

    @AfterEach
    void stop() throws IOException {
        sockets.close();
        clockwork.close();
        relay.close();
    }

    @Test
    void anAgentTheRelayDropsComesBackAsTheSameDevice() throws Exception {
        var enrolled = enrolledAgent();
        var agent = enrolled.agent();
        assertTrue(agent.isHeld());

        enrolled.socket().close(4002, "silent");
        var second = relay.next(TIMEOUT.toMillis());
        assertNotNull(second, "the agent came back");
        assertEquals(new AgentMessages.Authenticate("d-1", "s3cret").json(), second.read());
        second.send(SimulatedAgentTest.AUTHENTICATED);
        await(agent::isHeld);
        assertEquals(1, measurements.get(Count.AGENT_RECONNECTS_ATTEMPTED));
        assertEquals(1, measurements.get(Count.AGENT_RECONNECTS_SUCCEEDED));
        assertEquals(Map.of("closed by the server: agent 4002 silent", 1L), measurements.errors.snapshot(),
                "the drop is still an error");
    }

    @Test
    void afterTheHoldADroppedClientStaysAway() throws Exception {
        var enrolled = enrolledAgent();
        var agent = enrolled.agent();

        agentsBack.stop();
        enrolled.socket().close(4002, "silent");
        assertNull(relay.next(LONGER_THAN_A_PAUSE));
        assertFalse(agent.isHeld());
        assertTrue(agent.isReady(), "it was ready once: it still counts as a client that connected");
        assertEquals(0, measurements.get(Count.AGENT_RECONNECTS_ATTEMPTED));
    }

    @Test
    void aClientRefusedForGoodStaysAway() throws Exception {
        enrolledAgent().socket().close(4009, "replaced");
        assertNull(relay.next(LONGER_THAN_A_PAUSE));
        assertEquals(0, measurements.get(Count.AGENT_RECONNECTS_ATTEMPTED));
    }

    @Test
    void anAgentDroppedWhileEnrollingEnrollsAgainAndIsReadyInTime() throws Exception {
        var agent = new SimulatedAgent(measurements, 7, true, 0, agentsBack);
        CompletableFuture<Void> ready = agent.connect(sockets, relay.endpoint("agent"), TIMEOUT);
        var first = relay.next(TIMEOUT.toMillis());
        first.read();
        first.close(4008, "not authenticated in time");
        enroll(relay.next(TIMEOUT.toMillis()));
        ready.get(5, TimeUnit.SECONDS);
        assertEquals(1, measurements.get(Count.AGENT_RECONNECTS_SUCCEEDED));
    }

    @Test
    void aViewerComesBackWithItsTokenButNotBeforeItPaired() throws Exception {
        var agent = new SimulatedAgent(measurements, 7, true, 0, agentsBack);
        agent.received(SimulatedAgentTest.ENROLLED);
        agent.received(SimulatedAgentTest.CODE);

        var unpaired = new SimulatedViewer(measurements, agent, false, SimulatedViewerTest.TOKEN, viewersBack);
        CompletableFuture<Void> never = unpaired.connect(sockets, relay.endpoint("viewer"), TIMEOUT);
        var lonely = relay.next(TIMEOUT.toMillis());
        assertEquals(new ViewerMessages.Authenticate(SimulatedViewerTest.TOKEN).json(), lonely.read());
        lonely.send(SimulatedViewerTest.AUTHENTICATED_EMPTY);
        assertEquals(new ViewerMessages.Pair("K7MQ-3XPA").json(), lonely.read());
        lonely.close(4002, "silent");
        assertTrue(never.handle((done, failure) -> failure != null).get(5, TimeUnit.SECONDS), "never ready");
        assertNull(relay.next(LONGER_THAN_A_PAUSE), "not paired, nothing to come back to");

        var viewer = new SimulatedViewer(measurements, agent, false, SimulatedViewerTest.TOKEN, viewersBack);
        CompletableFuture<Void> ready = viewer.connect(sockets, relay.endpoint("viewer"), TIMEOUT);
        var first = relay.next(TIMEOUT.toMillis());
        first.read();
        first.send(SimulatedViewerTest.AUTHENTICATED_EMPTY);
        first.read();
        first.send(SimulatedViewerTest.PAIRED);
        ready.get(5, TimeUnit.SECONDS);
        first.close(4010, "too slow");
        var second = relay.next(TIMEOUT.toMillis());
        assertNotNull(second, "the viewer came back");
        assertEquals(new ViewerMessages.Authenticate(SimulatedViewerTest.TOKEN).json(), second.read());
        second.send(SimulatedViewerTest.AUTHENTICATED);
        await(viewer::isHeld);
        assertTrue(viewer.watch().watching());
        assertEquals(1, measurements.get(Count.VIEWER_RECONNECTS_ATTEMPTED));
        assertEquals(1, measurements.get(Count.VIEWER_RECONNECTS_SUCCEEDED));
    }

    /** An agent enrolled on its first socket, and that socket as the relay holds it. */
    private record Enrolled(SimulatedAgent agent, FakeRelay.Connection socket) {
    }

    private Enrolled enrolledAgent() throws Exception {
        var agent = new SimulatedAgent(measurements, 7, true, 0, agentsBack);
        CompletableFuture<Void> ready = agent.connect(sockets, relay.endpoint("agent"), TIMEOUT);
        var socket = enroll(relay.next(TIMEOUT.toMillis()));
        ready.get(5, TimeUnit.SECONDS);
        return new Enrolled(agent, socket);
    }

    /** Plays the relay's side of an enrolment: enrolled, then the pairing code after the agent's system_info. */
    private static FakeRelay.Connection enroll(FakeRelay.Connection connection) throws IOException {
        assertEquals(new AgentMessages.Enroll("bench-agent-7").json(), connection.read());
        connection.send(SimulatedAgentTest.ENROLLED);
        connection.read();
        connection.send(SimulatedAgentTest.CODE);
        return connection;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean());
    }
}
