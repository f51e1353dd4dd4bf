package dev.deskrelay.bench.report;

import java.util.List;
import java.util.Map;

import dev.deskrelay.bench.measure.Percentiles;

/** Everything one run measured, and exactly how it was run. {@code relay} is null for a server not started here. */
public record RunResult(Parameters parameters, Environment environment, Connections connections, Throughput throughput,
        Latencies latencies, Relay relay, Correctness correctness, List<String> profile) {

    public record Parameters(String mode, int agents, int viewers, int holdSeconds, double connectRate, int maxInFlight,
            double actingShare, double actionPeriodSeconds, double telemetryPeriodSeconds, int filesystemsEvery,
            int echoSockets, double echoPeriodSeconds, int drainSeconds, List<String> destinations, int ioThreads,
            String relayHeap, List<String> relaySettings, List<String> relayCommand, List<String> generatorJvm,
            boolean reconnect) {
    }

    public record Environment(String startedAt, int cores, String java, double loadBefore, double loadAfter,
            long openFilesLimit, String portRange, double generatorCpuPercent) {
    }

    /**
     * {@code agentConnectRate}: agents ready (enrolled, code received) per second of their ramp.
     * {@code socketsHeld}: clients ready at the end of the hold on an open socket, reconnected ones included.
     */
    public record Connections(int agentsReady, int viewersReady, int echoReady, int socketsHeld, double rampSeconds,
            double connectRateTarget, double agentConnectRate, Percentiles connectToReady, Reconnects agentReconnects,
            Reconnects viewerReconnects) {
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

    /** {@code clean}: no error, nothing lost, every action answered once, every client ready. */
    public record Correctness(long errors, Map<String, Long> errorKinds, int clientsNotReady, long telemetryOwed,
            long telemetryLost, long telemetrySkipped, long actionsSent, long actionResults, long actionsAtAgents,
            long actionsUnanswered, long echoesUnanswered, boolean clean) {
    }
}
