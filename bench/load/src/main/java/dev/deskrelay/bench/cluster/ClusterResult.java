package dev.deskrelay.bench.cluster;

import java.util.List;
import java.util.Map;

import dev.deskrelay.bench.measure.Percentiles;

/**
 * One run over a cluster, all generator processes merged: how it was run, the totals, each relay
 * node, and the node's loss when one was killed ({@code loss} null otherwise).
 */
public record ClusterResult(Setup setup, Totals totals, List<NodeRow> nodes, Loss loss) {

    /**
     * {@code crossShare}: NaN where a balancer picked each socket's node; {@code gridRouting}: "on",
     * "off" or "unknown" (nodes started elsewhere); {@code placement}: "direct" (each socket to its
     * node, as DNS round robin would) or "through HAProxy".
     */
    public record Setup(String startedAt, int nodes, int processes, int agents, int viewers, int holdSeconds,
            double crossShare, String gridRouting, String database, String placement, double loadBefore, double loadAfter,
            List<String> generatorArguments) {
    }

    /**
     * Every process added up; latencies from their merged histograms, split by whether the
     * viewer's node held the device's agent. {@code generatorCpuPercent}: all processes, of all cores.
     * {@code accountSeconds}: the slowest process's making of its viewers' accounts, before the ramp
     * (the processes make theirs at the same time).
     */
    public record Totals(int agentsReady, int viewersReady, int clientsNotReady, long errors, Map<String, Long> errorKinds,
            long connectFailures, long droppedSockets, long telemetryOwed, long telemetryLost, long actionsSent,
            long actionResults, long actionsAtAgents, long actionsLostWithSocket, long actionsUnanswered,
            Percentiles agentToViewer, Percentiles agentToViewerSameNode, Percentiles agentToViewerCrossNode,
            Percentiles actionRoundTrip, Percentiles actionSameNode, Percentiles actionCrossNode,
            double actionCrossOverSameP50, double generatorCpuPercent, double accountSeconds, boolean clean) {
    }

    /** One node: what the generators saw of it, and what it says of itself ({@code side}). */
    public record NodeRow(int node, int agentsHeld, int viewersHeld, int viewersCrossNode, long connectFailures,
            long droppedSockets, long actionsUnanswered, Percentiles agentToViewerSameNode,
            Percentiles agentToViewerCrossNode, Percentiles actionSameNode, Percentiles actionCrossNode, NodeSide side) {
    }

    /**
     * Over the hold: the node's CPU (% of all cores) and the traffic it sent to and received from
     * the other nodes per second; at its end, the devices with their agent on it that viewers on
     * other nodes watch, and its sockets. NaN: not measured (the node was killed, or has no such metric).
     */
    public record NodeSide(boolean killed, double cpuPercent, double sentMessagesPerSecond, double sentBytesPerSecond,
            double receivedMessagesPerSecond, double receivedBytesPerSecond, double remoteWatchedDevices,
            double agentsConnected, double viewersConnected) {
    }

    /**
     * A node killed (SIGKILL) {@code afterSeconds} into the hold: seconds from the kill until every
     * agent was held again (NaN: not all came back before the hold ended), the fewest agents held
     * meanwhile (all processes added), actions answered with an error by code, actions lost with a
     * viewer socket on the killed node, and actions never answered on a socket that stayed open.
     */
    public record Loss(int node, double afterSeconds, long killedAtMillis, double secondsUntilAllAgentsBack,
            int fewestAgentsHeld, Map<String, Long> actionsAnsweredWithError, long actionsLostWithSocket,
            long actionsUnanswered) {
    }
}
