package dev.deskrelay.relay.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.RelayToAgent;
import dev.deskrelay.protocol.ViewerToRelay;
import dev.deskrelay.relay.metrics.NoMetrics;
import dev.deskrelay.relay.routing.RecordingPeer;
import dev.deskrelay.relay.routing.Router;
import dev.deskrelay.relay.routing.SilentRouter;
import jakarta.json.Json;
import jakarta.json.JsonObject;

class PendingActionsTest {

    private final List<RelayToAgent.Action> toAgent = new ArrayList<>();
    private final List<String> onlineDevices = new ArrayList<>(List.of("d1", "d2"));
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final RecordingPeer viewer = new RecordingPeer("v1");

    private final Router router = new SilentRouter() {
        @Override
        public boolean toAgent(String deviceId, RelayToAgent message) {
            toAgent.add((RelayToAgent.Action) message);
            return onlineDevices.contains(deviceId);
        }
    };

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void theAgentsResultComesBackUnderTheViewersId() {
        var actions = new PendingActions(router, scheduler, new NoMetrics(), 30);
        actions.submit(viewer, new ViewerToRelay.Action("mine-1", "d1", "beep", null));
        String relayId = toAgent.get(0).id();

        actions.complete("d1", AgentToRelay.ActionResult.succeeded(relayId,
                Json.createObjectBuilder().add("method", "bell").build()));

        JsonObject result = lastSent();
        assertEquals("mine-1", result.getString("id"));
        assertTrue(result.getBoolean("ok"));
        assertEquals("bell", result.getJsonObject("data").getString("method"));
        assertEquals(0, actions.pendingCount());
    }

    @Test
    void twoViewersMayUseTheSameIdWithoutColliding() {
        var actions = new PendingActions(router, scheduler, new NoMetrics(), 30);
        actions.submit(viewer, new ViewerToRelay.Action("1", "d1", "beep", null));
        actions.submit(new RecordingPeer("v2"), new ViewerToRelay.Action("1", "d1", "beep", null));
        assertEquals(2, toAgent.size());
        assertTrue(!toAgent.get(0).id().equals(toAgent.get(1).id()));
    }

    @Test
    void aPendingIdIsNotSentTwice() {
        var actions = new PendingActions(router, scheduler, new NoMetrics(), 30);
        actions.submit(viewer, new ViewerToRelay.Action("1", "d1", "beep", null));
        actions.submit(viewer, new ViewerToRelay.Action("1", "d1", "beep", null));
        assertEquals(1, toAgent.size());
        assertEquals("duplicate_id", lastSent().getString("code"));
    }

    @Test
    void anAnsweredIdIsNotRunAgainButTheOldestAreForgotten() {
        var actions = new PendingActions(router, scheduler, new NoMetrics(), 30);
        actions.submit(viewer, new ViewerToRelay.Action("1", "d1", "beep", null));
        actions.complete("d1", AgentToRelay.ActionResult.succeeded(toAgent.get(0).id(), null));
        actions.submit(viewer, new ViewerToRelay.Action("1", "d1", "beep", null));
        assertEquals(1, toAgent.size());
        assertEquals("duplicate_id", lastSent().getString("code"));

        for (int i = 2; i <= PendingActions.REMEMBERED_IDS + 1; i++) {
            actions.submit(viewer, new ViewerToRelay.Action(String.valueOf(i), "d1", "beep", null));
        }
        actions.submit(viewer, new ViewerToRelay.Action("1", "d1", "beep", null));
        assertEquals(PendingActions.REMEMBERED_IDS + 2, toAgent.size(), "memory is bounded: id 1 was forgotten, so it ran again");
    }

    @Test
    void anOfflineDeviceIsAnsweredAtOnce() {
        var actions = new PendingActions(router, scheduler, new NoMetrics(), 30);
        actions.submit(viewer, new ViewerToRelay.Action("1", "d3", "beep", null));
        assertEquals("device_offline", lastSent().getString("code"));
        assertEquals(0, actions.pendingCount());
    }

    @Test
    void aDeviceThatLeavesFailsItsPendingActionsButNoOthers() {
        var actions = new PendingActions(router, scheduler, new NoMetrics(), 30);
        actions.submit(viewer, new ViewerToRelay.Action("1", "d1", "beep", null));
        actions.submit(viewer, new ViewerToRelay.Action("2", "d2", "beep", null));
        actions.deviceOffline("d1");
        assertEquals(1, viewer.sent.size());
        assertEquals("1", lastSent().getString("id"));
        assertEquals("device_offline", lastSent().getString("code"));
        assertEquals(1, actions.pendingCount());
    }

    @Test
    void aStoppingRelayAnswersEveryPendingActionAndRefusesNewOnes() {
        var actions = new PendingActions(router, scheduler, new NoMetrics(), 30);
        actions.submit(viewer, new ViewerToRelay.Action("1", "d1", "beep", null));
        actions.submit(viewer, new ViewerToRelay.Action("2", "d2", "beep", null));
        actions.relayStopping();
        assertEquals(2, viewer.sent.size());
        assertEquals("relay_stopping", lastSent().getString("code"));
        assertEquals(0, actions.pendingCount());

        actions.submit(viewer, new ViewerToRelay.Action("3", "d1", "beep", null));
        assertEquals(2, toAgent.size(), "not sent to the agent");
        assertEquals("3", lastSent().getString("id"));
        assertEquals("relay_stopping", lastSent().getString("code"));
        actions.complete("d1", AgentToRelay.ActionResult.succeeded(toAgent.get(0).id(), null));
        assertEquals(3, viewer.sent.size(), "a late answer from the agent finds nothing to answer");
    }

    @Test
    void anUnansweredActionTimesOut() throws Exception {
        var actions = new PendingActions(router, scheduler, new NoMetrics(), 0);
        actions.submit(viewer, new ViewerToRelay.Action("1", "d1", "beep", null));
        // the timeout, due first, has run when this has: on a busy machine a fresh thread may take seconds
        scheduler.submit(() -> { }).get(10, TimeUnit.SECONDS);
        scheduler.shutdown();
        assertTrue(scheduler.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals("timeout", lastSent().getString("code"));
    }

    @Test
    void anAgentCannotAnswerAnotherDevicesAction() {
        var actions = new PendingActions(router, scheduler, new NoMetrics(), 30);
        actions.submit(viewer, new ViewerToRelay.Action("1", "d1", "beep", null));
        assertFalse(actions.complete("d2", AgentToRelay.ActionResult.succeeded(toAgent.get(0).id(), null)));
        assertTrue(viewer.sent.isEmpty());
        assertEquals(1, actions.pendingCount());
    }

    @Test
    void aResultArrivingTwiceIsAnsweredOnce() {
        var actions = new PendingActions(router, scheduler, new NoMetrics(), 30);
        actions.submit(viewer, new ViewerToRelay.Action("1", "d1", "beep", null));
        var result = AgentToRelay.ActionResult.succeeded(toAgent.get(0).id(), null);
        assertTrue(actions.complete("d1", result));
        assertFalse(actions.complete("d1", result));
        assertEquals(1, viewer.sent.size());
    }

    @Test
    void aViewerThatLeavesIsForgotten() {
        var actions = new PendingActions(router, scheduler, new NoMetrics(), 30);
        actions.submit(viewer, new ViewerToRelay.Action("1", "d1", "beep", null));
        actions.viewerGone(viewer);
        assertEquals(0, actions.pendingCount());
        actions.complete("d1", AgentToRelay.ActionResult.succeeded(toAgent.get(0).id(), null));
        assertTrue(viewer.sent.isEmpty());
    }

    private JsonObject lastSent() {
        String text = viewer.sent.get(viewer.sent.size() - 1);
        return Json.createReader(new StringReader(text)).readObject();
    }
}
