package dev.deskrelay.bench.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import dev.deskrelay.bench.measure.Latency;
import dev.deskrelay.bench.measure.Percentiles;
import dev.deskrelay.bench.report.JsonReport;
import dev.deskrelay.bench.report.RunResult;

class ClusterReportTest {

    private static final Percentiles SOME = new Percentiles(1, 1, 1, 1, 1);
    private static final ClusterResult.Setup SETUP = new ClusterResult.Setup("2026-11-30T12:00:00Z", 2, 2, 40, 20, 60, 0.5,
            "on", "PostgreSQL", "direct", 1, 2, List.of("--acting", "0.5"));

    /** A latency holding {@code count} values of {@code millis} each. */
    private static Latency of(int count, double millis) {
        var latency = new Latency();
        for (int i = 0; i < count; i++) {
            latency.record((long) (millis * 1000));
        }
        return latency;
    }

    private static RunResult.Node node(int node, int agents, int viewers, double sameMillis, double crossMillis,
            long unanswered) {
        var histograms = new RunResult.NodeHistograms(of(10, sameMillis).encoded(), of(10, crossMillis).encoded(),
                of(10, sameMillis * 2).encoded(), of(10, crossMillis * 2).encoded());
        return new RunResult.Node(node, agents, viewers, viewers / 2, 1, 2, unanswered, SOME, SOME, SOME, SOME, histograms);
    }

    /** One generator process's result.json, as it writes it. */
    private static JsonObject process(List<RunResult.Node> nodes, boolean clean, Map<String, Long> errors,
            RunResult.Recovery recovery) {
        var result = new RunResult(
                new RunResult.Parameters("relay", 20, 10, 60, 500, 200, 0.5, 5, 1, 10, 0, 2, 10, List.of("127.0.0.1"), 2,
                        "2g", List.of(), List.of(), List.of(), true, 0),
                new RunResult.Environment("2026-11-30T12:00:00Z", 2, "OpenJDK 17", 1, 1, 20000, "32768-60999", 4.5),
                new RunResult.Connections(20, 10, 0, 30, 1, 500, 400, SOME, new RunResult.Reconnects(0, 0),
                        new RunResult.Reconnects(0, 0), clean ? 12.5 : 30),
                new RunResult.Throughput(60, 20, 10, 10, 1, 0, 1200, 600, 60, 0),
                new RunResult.Latencies(SOME, SOME, SOME, Percentiles.NONE, Double.NaN, Double.NaN), null,
                new RunResult.Correctness(errors.values().stream().mapToLong(Long::longValue).sum(), errors, 0, 600, 1, 0,
                        60, 58, 60, 1, 1, 0, clean),
                List.of(), nodes, recovery,
                new RunResult.Histograms(of(20, 3).encoded(), of(20, 5).encoded()));
        return Json.createReader(new StringReader(JsonReport.write(result))).readObject();
    }

    private static final RunResult.Recovery NEVER_SHORT = new RunResult.Recovery(-1, -1, false, 20);

    private static List<NodeSample> samples(long at, double cpu, double sent) {
        var metrics = Map.of("deskrelay_cluster_sent_messages_total", sent, "deskrelay_cluster_sent_bytes_total", sent * 1024,
                "deskrelay_cluster_received_messages_total", sent / 2, "deskrelay_cluster_received_bytes_total", sent * 512,
                "deskrelay_cluster_remote_watched_devices", 5.0, "deskrelay_agents_connected", 20.0,
                "deskrelay_viewers_connected{kind=\"x\"}", 10.0);
        return new ArrayList<>(List.of(new NodeSample(at, cpu, metrics), new NodeSample(at, cpu * 2, metrics)));
    }

    @Test
    void countsAreAddedAndLatenciesMergedByNodeAndRoute() {
        var first = process(List.of(node(0, 10, 6, 2, 4, 0), node(1, 10, 4, 2, 4, 1)), true, Map.of(), NEVER_SHORT);
        var second = process(List.of(node(0, 10, 4, 6, 8, 0), node(1, 10, 6, 6, 8, 0)), false,
                Map.of("closed by the server: viewer 1006", 3L), NEVER_SHORT);

        var result = ClusterReport.merge(SETUP, List.of(first, second), samples(0, 10, 100), samples(60_000, 40, 700), 2, null);

        var totals = result.totals();
        assertEquals(40, totals.agentsReady());
        assertEquals(20, totals.viewersReady());
        assertEquals(3, totals.errors());
        assertEquals(Map.of("closed by the server: viewer 1006", 3L), totals.errorKinds());
        assertEquals(4, totals.connectFailures(), "one a node a process, 2 nodes, 2 processes");
        assertEquals(120, totals.actionsSent());
        assertEquals(116, totals.actionResults());
        assertEquals(2, totals.actionsLostWithSocket());
        assertFalse(totals.clean(), "one process was not clean");
        assertEquals(9.0, totals.generatorCpuPercent(), 1e-9);
        assertEquals(30, totals.accountSeconds(), 1e-9, "the processes make their accounts at once: the slowest counts");
        assertEquals(40, totals.agentToViewer().count());
        assertEquals(40, totals.actionRoundTrip().count());
        assertEquals(40, totals.agentToViewerSameNode().count());
        assertEquals(2.0, totals.agentToViewerSameNode().p50(), 0.01, "half the values at 2 ms, half at 6");
        assertEquals(6.0, totals.agentToViewerSameNode().p99(), 0.01);
        assertEquals(8.0, totals.actionCrossNode().p50(), 0.01);
        assertEquals(2.0, totals.actionCrossOverSameP50(), 0.01);

        var node1 = result.nodes().get(1);
        assertEquals(20, node1.agentsHeld());
        assertEquals(10, node1.viewersHeld());
        assertEquals(1, node1.actionsUnanswered());
        assertEquals(20, node1.agentToViewerCrossNode().count());
        assertEquals(4.0, node1.agentToViewerCrossNode().p50(), 0.01);
        assertEquals(8.0, node1.agentToViewerCrossNode().p99(), 0.01);
        assertEquals(null, result.loss());

        String markdown = ClusterReport.markdown(result);
        assertTrue(markdown.contains("| agents / viewers ready | 40 / 20 (not ready: 0) |"), markdown);
        assertTrue(markdown.contains("| cross-node ÷ same-node action p50 | 2.00× |"), markdown);
        assertTrue(markdown.contains("**no**"), markdown);
    }

    @Test
    void theReportStatesNoCrossShareThroughABalancerNorAGridItDidNotSet() {
        var setup = new ClusterResult.Setup("2026-11-30T12:00:00Z", 2, 1, 40, 20, 60, Double.NaN, "unknown", "nodes given",
                "through HAProxy", 1, 2, List.of());
        var process = process(List.of(node(0, 20, 10, 2, 4, 0), node(1, 20, 10, 2, 4, 0)), true, Map.of(), NEVER_SHORT);

        String markdown = ClusterReport.markdown(ClusterReport.merge(setup, List.of(process), samples(0, 10, 100),
                samples(60_000, 40, 700), 2, null));

        assertTrue(markdown.contains("Grid routing unknown, nodes given, sockets through HAProxy, each socket's node picked by"
                + " the balancer, 1 generator processes"), markdown);
        assertFalse(markdown.contains("% of viewers on another node"), markdown);
    }

    @Test
    void aNodesOwnFiguresAreDiffedOverTheHold() {
        var start = new NodeSample(1_000, 10, Map.of("deskrelay_cluster_sent_messages_total{mp_scope=\"x\"}", 100.0,
                "deskrelay_cluster_sent_bytes_total", 10_240.0, "deskrelay_cluster_remote_watched_devices", 7.0));
        var end = new NodeSample(11_000, 16, Map.of("deskrelay_cluster_sent_messages_total{mp_scope=\"x\"}", 1_100.0,
                "deskrelay_cluster_sent_bytes_total", 112_640.0, "deskrelay_cluster_remote_watched_devices", 9.0,
                "deskrelay_agents_connected", 500.0));

        var side = ClusterReport.side(start, end, 2);

        assertFalse(side.killed());
        assertEquals(30.0, side.cpuPercent(), 1e-9, "6 s of CPU in 10 s on 2 cores");
        assertEquals(100.0, side.sentMessagesPerSecond(), 1e-9);
        assertEquals(10_240.0, side.sentBytesPerSecond(), 1e-9);
        assertTrue(Double.isNaN(side.receivedMessagesPerSecond()), "a metric the node lacks is not measured, not 0");
        assertEquals(9.0, side.remoteWatchedDevices(), 1e-9, "the gauge at the end");
        assertEquals(500.0, side.agentsConnected(), 1e-9);
        assertTrue(ClusterReport.side(start, null, 2).killed());
    }

    @Test
    void recoveryIsTimedFromTheKillToTheLastProcessWithAllItsAgentsBack() {
        var kill = new ClusterReport.Kill(1, 20, 100_000);
        var nodes = List.of(node(0, 10, 5, 1, 1, 0), node(1, 10, 5, 1, 1, 0));
        var errors = Map.of("action failed relay_lost: viewer", 4L, "closed by the server: agent 1006", 10L);
        var first = process(nodes, false, errors, new RunResult.Recovery(100_400, 107_500, false, 12));
        var second = process(nodes, false, Map.of("action failed device_offline: viewer", 1L),
                new RunResult.Recovery(100_300, 112_250, false, 11));
        var untouched = process(nodes, true, Map.of(), NEVER_SHORT);

        var result = ClusterReport.merge(SETUP, List.of(first, second, untouched), samples(0, 1, 1),
                Arrays.asList(samples(60_000, 1, 1).get(0), null), 2, kill);

        var loss = result.loss();
        assertEquals(12.25, loss.secondsUntilAllAgentsBack(), 1e-9);
        assertEquals(43, loss.fewestAgentsHeld());
        assertEquals(Map.of("relay_lost", 4L, "device_offline", 1L), loss.actionsAnsweredWithError());
        assertEquals(3, loss.actionsLostWithSocket());
        assertEquals(3, loss.actionsUnanswered());
        assertTrue(result.nodes().get(1).side().killed());
        assertTrue(ClusterReport.markdown(result).contains("every agent online again after **12.3 s**"),
                ClusterReport.markdown(result));

        var stillOut = process(nodes, false, Map.of(), new RunResult.Recovery(100_300, -1, true, 15));
        var notBack = ClusterReport.merge(SETUP, List.of(first, stillOut), samples(0, 1, 1), samples(60_000, 1, 1), 2, kill);
        assertTrue(Double.isNaN(notBack.loss().secondsUntilAllAgentsBack()));
        assertTrue(ClusterReport.markdown(notBack).contains("**not every agent was back**"));
    }
}
