package dev.deskrelay.relay.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.relay.actions.PendingActions;
import dev.deskrelay.relay.metrics.NoMetrics;
import dev.deskrelay.relay.routing.LateAnswers;
import dev.deskrelay.relay.routing.LocalRouter;
import dev.deskrelay.relay.routing.RecordingPeer;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/** The relay asking an agent for its processes, over a real router and real pending actions. */
class TopProcessesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(5000), ZoneOffset.UTC);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final LocalRouter router = new LocalRouter(new NoMetrics(), new LateAnswers(() -> this.actions),
            deviceIds -> List.<RelayToViewer>of());
    private final PendingActions actions = new PendingActions(router, scheduler, new NoMetrics(), 1);
    private final RecordingPeer agent = new RecordingPeer("agent-d1");

    TopProcessesTest() {
        router.attachAgent("d1", agent);
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void theAgentsProcessesBusiestFirst() throws Exception {
        var found = TopProcesses.ask(actions, CLOCK, "d1", "alert-1");

        JsonObject asked = asked();
        assertEquals("processes", asked.getString("action"));
        assertEquals(TopProcesses.LIMIT, asked.getJsonObject("args").getInt("limit"));
        router.answer("d1", AgentToRelay.ActionResult.succeeded(asked.getString("id"), Json.createObjectBuilder()
                .add("processes", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "java").add("pid", 42).add("cpu", 88.5)
                                .add("memory", 123))
                        .add(Json.createObjectBuilder().add("name", "sh").add("pid", 7).add("cpu", 0)
                                .add("memory", 4)))
                .build()));

        assertEquals(new TopProcesses.Found(5000L, List.of(new Evidence.Process("java", 42, 88.5, 123),
                new Evidence.Process("sh", 7, 0, 4)), null), done(found));
    }

    @Test
    void anAgentWithTheActionTurnedOffSaysSo() throws Exception {
        var found = TopProcesses.ask(actions, CLOCK, "d1", "alert-1");
        router.answer("d1", AgentToRelay.ActionResult.failed(asked().getString("id"), ErrorCode.ACTION_DISABLED,
                "the person at this computer turned processes off"));

        assertEquals(TopProcesses.Found.unavailable("the agent has the processes action turned off"), done(found));
    }

    @Test
    void anOfflineDeviceIsSaidAtOnce() throws Exception {
        var found = TopProcesses.ask(actions, CLOCK, "d2", "alert-1");
        assertEquals(TopProcesses.Found.unavailable("the agent is offline"), done(found));
    }

    @Test
    void anAgentThatLeavesBeforeAnswering() throws Exception {
        var found = TopProcesses.ask(actions, CLOCK, "d1", "alert-1");
        actions.deviceOffline("d1");
        assertEquals(TopProcesses.Found.unavailable("the agent is offline"), done(found));
    }

    @Test
    void anAgentThatNeverAnswersTimesOut() throws Exception {
        var found = TopProcesses.ask(actions, CLOCK, "d1", "alert-1");
        assertEquals(TopProcesses.Found.unavailable("the agent did not answer in time"),
                found.toCompletableFuture().get(5, TimeUnit.SECONDS));
    }

    @Test
    void aLostRelaySaysSo() throws Exception {
        var found = TopProcesses.ask(actions, CLOCK, "d1", "alert-1");
        actions.agentGone("d1", ErrorCode.RELAY_LOST, "lost");
        assertEquals(TopProcesses.Found.unavailable("the relay holding the agent's connection was lost"), done(found));
    }

    @Test
    void anAnswerWithoutAListIsNoFailure() throws Exception {
        var found = TopProcesses.ask(actions, CLOCK, "d1", "alert-1");
        router.answer("d1", AgentToRelay.ActionResult.succeeded(asked().getString("id"),
                Json.createObjectBuilder().add("processes", "many").build()));

        var result = done(found);
        assertNull(result.processes());
        assertEquals("the agent's answer had no list of processes", result.unavailable());
    }

    @Test
    void aRowWithoutItsNumbersIsNoFailure() throws Exception {
        var found = TopProcesses.ask(actions, CLOCK, "d1", "alert-1");
        router.answer("d1", AgentToRelay.ActionResult.succeeded(asked().getString("id"), Json.createObjectBuilder()
                .add("processes", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "java")))
                .build()));

        assertEquals(TopProcesses.Found.unavailable("the agent's answer had no list of processes"), done(found));
    }

    @Test
    void questionsShareOneSocketIdWithoutCollidingOrPilingUp() throws Exception {
        var first = TopProcesses.ask(actions, CLOCK, "d1", "alert-1");
        var second = TopProcesses.ask(actions, CLOCK, "d1", "alert-2");
        actions.deviceOffline("d1");
        assertEquals("the agent is offline", done(first).unavailable());
        assertEquals("the agent is offline", done(second).unavailable());
    }

    private JsonObject asked() {
        return Json.createReader(new StringReader(agent.sent.get(agent.sent.size() - 1))).readObject();
    }

    private static TopProcesses.Found done(CompletionStage<TopProcesses.Found> found) throws Exception {
        return found.toCompletableFuture().getNow(null);
    }
}
