package dev.deskrelay.relay.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.RelayToAgent;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.relay.metrics.NoMetrics;

class LocalRouterTest {

    private final LocalRouter router = new LocalRouter();
    private final RecordingPeer agent = new RecordingPeer("a");
    private final RecordingPeer watching = new RecordingPeer("v1");
    private final RecordingPeer elsewhere = new RecordingPeer("v2");

    LocalRouterTest() {
        router.registry = new PairingRegistry();
        router.metrics = new NoMetrics();
        router.registry.attachAgent("d1", agent);
        router.registry.attachViewer("d1", watching);
        router.registry.attachViewer("d2", elsewhere);
    }

    @Test
    void telemetryReachesTheDevicesViewersOnly() {
        router.toViewers("d1", new RelayToViewer.Telemetry("d1", 5L, Sample.cpuOnly(12.5)));
        assertEquals(List.of("{\"type\":\"telemetry\",\"at\":5,\"deviceId\":\"d1\",\"sample\":{\"cpu\":12.5}}"), watching.sent);
        assertTrue(elsewhere.sent.isEmpty());
    }

    @Test
    void anActionReachesTheAgentOrReportsItOffline() {
        assertTrue(router.toAgent("d1", new RelayToAgent.Action("r-1", "beep", null)));
        assertEquals(1, agent.sent.size());
        assertFalse(router.toAgent("d2", new RelayToAgent.Action("r-2", "beep", null)));
    }
}
