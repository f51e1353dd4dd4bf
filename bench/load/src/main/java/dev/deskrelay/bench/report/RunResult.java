package dev.deskrelay.bench.report;

import java.util.List;
import java.util.Map;

import dev.deskrelay.bench.measure.Percentiles;

/**
 * Everything one run measured, and exactly how it was run. {@code relay} is null for a server not
 * started here. {@code nodes}: by relay node when the run was spread over several (else empty);
 * {@code histograms}: what the run-wide latencies recorded, for merging the processes of one run.
 */
public record RunResult(Parameters parameters, Environment environment, Connections connections, Throughput throughput,
        Latencies latencies, Relay relay, Correctness correctness, List<String> profile, List<Node> nodes,
        Recovery recovery, Histograms histograms) {

    /**
     * What the viewers on one relay node measured (same node: the device's agent was on it too;
     * cross node: on another) and what was held there at the end of the drain. Sockets it refused
     * ({@code connectFailures}) or dropped count every attempt, reconnects included.
     */
    public record Node(int node, int agentsHeld, int viewersHeld, int viewersCrossNode, long connectFailures,
            long droppedSockets, long actionsUnanswered, Percentiles agentToViewerSameNode,
            Percentiles agentToViewerCrossNode, Percentiles actionSameNode, Percentiles actionCrossNode,
            NodeHistograms histograms) {
    }

    /** {@link dev.deskrelay.bench.measure.Latency#encoded} forms of a node's four latencies. */
    public record NodeHistograms(String agentToViewerSameNode, String agentToViewerCrossNode, String actionSameNode,
            String actionCrossNode) {
    }

    public record Histograms(String agentToViewer, String actionRoundTrip) {
    }

    /**
     * Agents missing during the hold: the first moment one was, and when all were held again
     * after the last outage (wall clock, epoch milliseconds; -1 never), and the fewest held.
     */
    public record Recovery(long firstShortAtMillis, long allBackAtMillis, boolean stillShort, int fewestAgentsHeld) {
    }

    public record Parameters(String mode, int agents, int viewers, int holdSeconds, double connectRate, int maxInFlight,
            double actingShare, double actionPeriodSeconds, double telemetryPeriodSeconds, int filesystemsEvery,
            int echoSockets, double echoPeriodSeconds, int drainSeconds, List<String> destinations, int ioThreads,
            String relayHeap, List<String> relaySettings, List<String> relayCommand, List<String> generatorJvm,
            boolean reconnect, int rulesPerViewer) {
    }

    public record Environment(String startedAt, int cores, String java, double loadBefore, double loadAfter,
            long openFilesLimit, String portRange, double generatorCpuPercent) {
    }

    /**
     * {@code agentConnectRate}: agents ready (enrolled, code received) per second of their ramp.
     * {@code socketsHeld}: clients ready at the end of the hold on an open socket, reconnected ones included.
     * {@code accountSeconds}: making the viewers' accounts and API tokens, before anything was measured.
     */
    public record Connections(int agentsReady, int viewersReady, int echoReady, int socketsHeld, double rampSeconds,
            double connectRateTarget, double agentConnectRate, Percentiles connectToReady, Reconnects agentReconnects,
            Reconnects viewerReconnects, double accountSeconds) {
    }

    /** New sockets opened for clients the relay had dropped, and how many of them ended ready again. */
    public record Reconnects(long attempted, long succeeded) {
    }

    /** Rates are over the hold; {@code telemetryOwedPerSecond} is what the viewers' agents sent. */
    public record Throughput(double holdSeconds, double telemetrySentPerSecond, double telemetryReceivedPerSecond,
            double telemetryOwedPerSecond, double actionsPerSecond, double echoesPerSecond, long telemetrySent,
            long telemetryReceived, long actionsSent, long echoesSent) {
    }

    public record Latencies(Percentiles agentToViewer, Percentiles relayStampToViewer, Percentiles actionRoundTrip,
            Percentiles echoRoundTrip, double actionOverEchoP50, double actionOverEchoP99) {
    }

    /** Heap is live heap after a forced full GC; per socket and per agent divide the growth by each. */
    public record Relay(long pid, long heapBeforeKiB, long heapAfterKiB, double heapPerSocketKiB, double heapPerAgentKiB,
            double cpuPercent, int openFilesBefore, int openFilesAfter, Map<String, Double> metrics) {
    }

    /**
     * {@code clean}: no error, nothing lost, every action answered once, every client ready.
     * {@code actionsLostWithSocket}: sent on a viewer socket that was lost before the answer came
     * (the answer could only go to that socket); {@code actionsUnanswered}: on a socket still open.
     */
    public record Correctness(long errors, Map<String, Long> errorKinds, int clientsNotReady, long telemetryOwed,
            long telemetryLost, long telemetrySkipped, long actionsSent, long actionResults, long actionsAtAgents,
            long actionsLostWithSocket, long actionsUnanswered, long echoesUnanswered, boolean clean) {
    }
}
