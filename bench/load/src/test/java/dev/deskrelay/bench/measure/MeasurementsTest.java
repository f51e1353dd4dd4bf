package dev.deskrelay.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MeasurementsTest {

    @Test
    void aSingleRelayRecordsEachLatencyOnce() {
        var measurements = new Measurements();
        measurements.agentToViewer(1000, 0, 0);
        measurements.actionRoundTrip(2000, 0, 0);
        assertEquals(1, measurements.agentToViewer.percentiles().count());
        assertEquals(1, measurements.actionRoundTrip.percentiles().count());
        NodeFigures only = measurements.node(0);
        assertEquals(0, only.agentToViewerSameNode.percentiles().count(), "no node table for one relay");
        assertEquals(0, only.actionSameNode.percentiles().count());
    }

    @Test
    void aClusterRecordsPerNodeTooSplitBySameAndCrossNode() {
        var measurements = new Measurements(2);
        measurements.agentToViewer(1000, 0, 0);
        measurements.agentToViewer(1000, 1, 0);
        measurements.actionRoundTrip(2000, 1, 0);
        measurements.actionRoundTrip(2000, UNKNOWN_NODE, 0);
        assertEquals(2, measurements.agentToViewer.percentiles().count());
        assertEquals(2, measurements.actionRoundTrip.percentiles().count());
        assertEquals(1, measurements.node(0).agentToViewerSameNode.percentiles().count());
        assertEquals(1, measurements.node(1).agentToViewerCrossNode.percentiles().count());
        assertEquals(1, measurements.node(1).actionCrossNode.percentiles().count());
        assertEquals(0, measurements.node(UNKNOWN_NODE).actionCrossNode.percentiles().count(), "a node unknown splits nothing");
    }

    /** As {@code socket.Route.UNKNOWN}: a socket through a balancer. */
    private static final int UNKNOWN_NODE = -1;
}
