package dev.deskrelay.relay.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.protocol.RelayToAgent;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.relay.metrics.NoMetrics;

class LocalRouterTest {

    private final RecordingAnswers answers = new RecordingAnswers();
    private final LocalRouter router = new LocalRouter(new NoMetrics(), answers,
            deviceIds -> deviceIds.stream().<RelayToViewer>map(id -> new RelayToViewer.History(id, List.of())).toList());
    private final RecordingPeer agent = new RecordingPeer("a");
    private final RecordingTab watching = new RecordingTab("browser-1", "v1");
    private final RecordingTab elsewhere = new RecordingTab("browser-2", "v2");

    LocalRouterTest() {
        router.attachAgent("d1", agent);
        router.attachViewer(watching, List.of("d1"));
        router.attachViewer(elsewhere, List.of("d2"));
    }

    @Test
    void telemetryReachesTheDevicesViewersOnly() {
        router.toViewers("d1", new RelayToViewer.Telemetry("d1", 5L, Sample.cpuOnly(12.5)));
        assertEquals(List.of("{\"type\":\"telemetry\",\"at\":5,\"deviceId\":\"d1\",\"sample\":{\"cpu\":12.5}}"),
                watching.peer.sent);
        assertTrue(elsewhere.peer.sent.isEmpty());
    }

    @Test
    void anActionReachesTheAgentOrReportsItOffline() {
        assertTrue(router.toAgent("d1", new RelayToAgent.Action("r-1", "beep", null)));
        assertEquals(1, agent.sent.size());
        assertFalse(router.toAgent("d2", new RelayToAgent.Action("r-2", "beep", null)));
    }

    @Test
    void aSecondAgentReplacesTheFirstWhoseLateCloseChangesNothing() {
        var newer = new RecordingPeer("a2");
        router.attachAgent("d1", newer);
        assertEquals(CloseCode.REPLACED.getCode(), agent.closedWith.getCloseCode().getCode());
        assertFalse(router.detachAgent("d1", agent));
        assertTrue(router.isOnline("d1"));
        assertEquals(List.of("d1"), router.devicesOnlineHere());
    }

    @Test
    void anAgentsAnswerGoesToTheWaitingActions() {
        router.answer("d1", AgentToRelay.ActionResult.succeeded("r-7", null));
        assertEquals(List.of("r-7"), answers.completed);
    }

    @Test
    void losingADeviceReachesEverySocketOfThatBrowserOnly() {
        var secondTab = new RecordingTab("browser-1", "v3");
        router.attachViewer(secondTab, List.of("d1"));
        router.lose("browser-1", "d1", new RelayToViewer.Unpaired("d1"));
        assertEquals(List.of("d1"), watching.lost);
        assertEquals(List.of("d1"), secondTab.lost);
        assertTrue(elsewhere.lost.isEmpty());
    }

    @Test
    void anAlertReachesEverySocketOfTheAccountWhateverItWatches() {
        var idleTab = new RecordingTab("browser-1", "v3");
        router.attachViewer(idleTab, List.of());
        router.toAccount("browser-1", new RelayToViewer.Alert(12, "d2", "CPU busy", "warning", "firing", false, 9L));
        String expected = "{\"type\":\"alert\",\"acknowledged\":false,\"alertId\":12,\"at\":9,\"deviceId\":\"d2\","
                + "\"ruleName\":\"CPU busy\",\"severity\":\"warning\",\"state\":\"firing\"}";
        assertEquals(List.of(expected), watching.peer.sent);
        assertEquals(List.of(expected), idleTab.peer.sent);
        assertTrue(elsewhere.peer.sent.isEmpty());
    }

    @Test
    void revokingClosesTheBrowsersSocketsUntilTheyClosed() {
        router.revoke("browser-2");
        assertTrue(elsewhere.revoked);
        assertFalse(watching.revoked);

        router.viewerClosed(watching, List.of("d1"));
        router.revoke("browser-1");
        assertFalse(watching.revoked);
        assertEquals(0, router.viewerCount("d1"));
    }

    @Test
    void aNewViewerIsToldWhatIsKnownOfItsDevices() {
        var peer = new RecordingPeer("v9");
        router.catchUp(peer, List.of("d1"));
        assertEquals(List.of("{\"type\":\"history\",\"deviceId\":\"d1\",\"points\":[]}"), peer.sent);
    }

    @Test
    void aClosedAgentIsClosedWithTheReasonGiven() {
        router.closeAgent("d1", CloseCode.DEVICE_REMOVED.reason());
        assertEquals(CloseCode.DEVICE_REMOVED.getCode(), agent.closedWith.getCloseCode().getCode());
        router.closeAgent("d2", CloseCode.DEVICE_REMOVED.reason());
        assertNull(watching.peer.closedWith);
    }
}
