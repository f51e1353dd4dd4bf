package dev.deskrelay.bench.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import dev.deskrelay.bench.measure.Latency;
import dev.deskrelay.bench.measure.Percentiles;
import dev.deskrelay.bench.report.MarkdownReport;

/**
 * Merges what the generator processes of one cluster run wrote ({@code result.json} each) with
 * what the nodes said of themselves at the start and the end of the hold: counts are added,
 * latencies merged from their histograms (percentiles of parts can't be combined), and a killed
 * node's recovery is timed from the kill to the last process whose agents were all back.
 */
final class ClusterReport {

    /** A node killed {@code afterSeconds} into the hold, at {@code atMillis} (wall clock). */
    record Kill(int node, double afterSeconds, long atMillis) {
    }

    private static final String ACTION_FAILED = "action failed ";
    /** A node's four latencies in its {@code histograms}, in this order everywhere here. */
    private static final String[] ROUTED = {"agentToViewerSameNode", "agentToViewerCrossNode", "actionSameNode", "actionCrossNode"};

    private ClusterReport() {
    }

    /**
     * @param starts the nodes read as the hold began
     * @param ends   the same at its end; null for a node that could not be read (killed)
     * @param kill   null when no node was killed
     */
    static ClusterResult merge(ClusterResult.Setup setup, List<JsonObject> processes, List<NodeSample> starts,
            List<NodeSample> ends, int cores, Kill kill) {
        var nodes = new ArrayList<ClusterResult.NodeRow>();
        Latency[] routed = latencies();
        long connectFailures = 0;
        long dropped = 0;
        for (int node = 0; node < setup.nodes(); node++) {
            int agents = 0;
            int viewers = 0;
            int crossing = 0;
            long failures = 0;
            long drops = 0;
            long unanswered = 0;
            Latency[] here = latencies();
            for (JsonObject process : processes) {
                JsonObject row = process.getJsonArray("nodes").getJsonObject(node);
                agents += row.getInt("agentsHeld");
                viewers += row.getInt("viewersHeld");
                crossing += row.getInt("viewersCrossNode");
                failures += row.getJsonNumber("connectFailures").longValue();
                drops += row.getJsonNumber("droppedSockets").longValue();
                unanswered += row.getJsonNumber("actionsUnanswered").longValue();
                JsonObject histograms = row.getJsonObject("histograms");
                for (int kind = 0; kind < ROUTED.length; kind++) {
                    here[kind].add(histograms.getString(ROUTED[kind]));
                    routed[kind].add(histograms.getString(ROUTED[kind]));
                }
            }
            connectFailures += failures;
            dropped += drops;
            nodes.add(new ClusterResult.NodeRow(node, agents, viewers, crossing, failures, drops, unanswered,
                    here[0].percentiles(), here[1].percentiles(), here[2].percentiles(), here[3].percentiles(),
                    side(starts.get(node), ends.get(node), cores)));
        }
        var telemetry = new Latency();
        var actions = new Latency();
        var errorKinds = new TreeMap<String, Long>();
        int agentsReady = 0;
        int viewersReady = 0;
        int notReady = 0;
        long errors = 0;
        double generatorCpu = 0;
        double accountSeconds = 0;
        boolean clean = true;
        long[] sums = new long[7];
        String[] counted = {"telemetryOwed", "telemetryLost", "actionsSent", "actionResults", "actionsAtAgents",
            "actionsLostWithSocket", "actionsUnanswered"};
        for (JsonObject process : processes) {
            telemetry.add(process.getJsonObject("histograms").getString("agentToViewer"));
            actions.add(process.getJsonObject("histograms").getString("actionRoundTrip"));
            JsonObject connections = process.getJsonObject("connections");
            agentsReady += connections.getInt("agentsReady");
            viewersReady += connections.getInt("viewersReady");
            accountSeconds = Math.max(accountSeconds, number(connections, "accountSeconds"));
            JsonObject correctness = process.getJsonObject("correctness");
            notReady += correctness.getInt("clientsNotReady");
            errors += correctness.getJsonNumber("errors").longValue();
            correctness.getJsonObject("errorKinds").forEach((kind, count) -> errorKinds.merge(kind, ((JsonNumber) count).longValue(), Long::sum));
            for (int i = 0; i < counted.length; i++) {
                sums[i] += correctness.getJsonNumber(counted[i]).longValue();
            }
            clean &= correctness.getBoolean("clean");
            generatorCpu += number(process.getJsonObject("environment"), "generatorCpuPercent");
        }
        Percentiles sameActionP = routed[2].percentiles();
        Percentiles crossActionP = routed[3].percentiles();
        var totals = new ClusterResult.Totals(agentsReady, viewersReady, notReady, errors, errorKinds, connectFailures, dropped,
                sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], telemetry.percentiles(),
                routed[0].percentiles(), routed[1].percentiles(), actions.percentiles(), sameActionP, crossActionP,
                crossActionP.p50() / sameActionP.p50(), generatorCpu, accountSeconds, clean);
        return new ClusterResult(setup, totals, nodes, kill == null ? null : loss(kill, processes, errorKinds, sums[5], sums[6]));
    }

    private static Latency[] latencies() {
        return new Latency[] {new Latency(), new Latency(), new Latency(), new Latency()};
    }

    /** A node's figures over the hold; a node not read at its end was killed. */
    static ClusterResult.NodeSide side(NodeSample start, NodeSample end, int cores) {
        if (end == null) {
            return new ClusterResult.NodeSide(true, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN);
        }
        double seconds = (end.wallMillis() - start.wallMillis()) / 1000.0;
        return new ClusterResult.NodeSide(false, 100 * (end.cpuSeconds() - start.cpuSeconds()) / seconds / cores,
                rate(start, end, NodeSample.SENT_MESSAGES, seconds), rate(start, end, NodeSample.SENT_BYTES, seconds),
                rate(start, end, NodeSample.RECEIVED_MESSAGES, seconds), rate(start, end, NodeSample.RECEIVED_BYTES, seconds),
                end.metric(NodeSample.REMOTE_WATCHED), end.metric(NodeSample.AGENTS), end.metric(NodeSample.VIEWERS));
    }

    private static double rate(NodeSample start, NodeSample end, String counter, double seconds) {
        return (end.metric(counter) - start.metric(counter)) / seconds;
    }

    /**
     * Recovered when the last process had all its agents back; not recovered (NaN) while any
     * process still missed some at the end of its hold. A process that never missed one (its
     * agents were all on other nodes) does not delay it.
     */
    static ClusterResult.Loss loss(Kill kill, List<JsonObject> processes, Map<String, Long> errorKinds, long lostWithSocket,
            long unanswered) {
        long lastBack = kill.atMillis();
        boolean allBack = true;
        int fewest = 0;
        for (JsonObject process : processes) {
            JsonObject recovery = process.getJsonObject("recovery");
            fewest += recovery.getInt("fewestAgentsHeld");
            if (recovery.getBoolean("stillShort")) {
                allBack = false;
            }
            lastBack = Math.max(lastBack, recovery.getJsonNumber("allBackAtMillis").longValue());
        }
        var answeredWithError = new TreeMap<String, Long>();
        errorKinds.forEach((kind, count) -> {
            if (kind.startsWith(ACTION_FAILED)) {
                answeredWithError.merge(kind.substring(ACTION_FAILED.length()).replace(": viewer", ""), count, Long::sum);
            }
        });
        return new ClusterResult.Loss(kill.node(), kill.afterSeconds(), kill.atMillis(),
                allBack ? (lastBack - kill.atMillis()) / 1000.0 : Double.NaN, fewest, answeredWithError, lostWithSocket,
                unanswered);
    }

    static String markdown(ClusterResult result) {
        var s = result.setup();
        var t = result.totals();
        var lines = new ArrayList<String>();
        lines.add("## " + s.agents() + " agents, " + s.viewers() + " viewers, " + s.holdSeconds() + " s on " + s.nodes()
                + " nodes (" + s.startedAt() + ")");
        lines.add("");
        String viewers = Double.isNaN(s.crossShare()) ? "each socket's node picked by the balancer"
                : number(s.crossShare() * 100) + " % of viewers on another node than their agent";
        lines.add("Grid routing " + s.gridRouting() + ", " + s.database() + ", sockets " + s.placement()
                + ", " + viewers + ", " + s.processes()
                + " generator processes; load average " + number(s.loadBefore()) + " before, " + number(s.loadAfter()) + " after.");
        lines.add("");
        lines.add("| figure | value |");
        lines.add("|---|---|");
        row(lines, "agents / viewers ready", t.agentsReady() + " / " + t.viewersReady() + " (not ready: " + t.clientsNotReady() + ")");
        row(lines, "viewer accounts made before the run (slowest process)", number(t.accountSeconds()) + " s");
        row(lines, "connections refused / sockets dropped", t.connectFailures() + " / " + t.droppedSockets());
        row(lines, "agent→viewer p50 / p99 ms: all; same node; cross node", two(t.agentToViewer()) + "; "
                + two(t.agentToViewerSameNode()) + "; " + two(t.agentToViewerCrossNode()));
        row(lines, "action round trip p50 / p99 ms: all; same node; cross node", two(t.actionRoundTrip()) + "; "
                + two(t.actionSameNode()) + "; " + two(t.actionCrossNode()));
        row(lines, "cross-node ÷ same-node action p50", MarkdownReport.times(t.actionCrossOverSameP50()));
        row(lines, "lost telemetry", t.telemetryLost() + " of " + t.telemetryOwed());
        row(lines, "actions sent / answered ok / reached agents / lost with the viewer's socket / unanswered", t.actionsSent()
                + " / " + t.actionResults() + " / " + t.actionsAtAgents() + " / " + t.actionsLostWithSocket() + " / "
                + t.actionsUnanswered());
        row(lines, "errors", Long.toString(t.errors()));
        row(lines, "generator CPU (all processes, % of all cores)", number(t.generatorCpuPercent()) + " %");
        row(lines, "correct (every process: no error, nothing lost, every action answered once, every client ready)",
                t.clean() ? "yes" : "**no**");
        lines.add("");
        lines.add("| node | agents / viewers held at the end (viewers cross-node) | refused / dropped | actions unanswered"
                + " | agent→viewer same / cross node p50 / p99 ms | action same / cross node p50 / p99 ms | CPU % of all cores"
                + " | to other nodes msg/s, KiB/s | from other nodes msg/s, KiB/s | remotely watched devices | sockets (agents + viewers, the node's count) |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|---|");
        for (var n : result.nodes()) {
            var side = n.side();
            lines.add("| " + n.node() + (side.killed() ? " (killed)" : "") + " | " + n.agentsHeld() + " / " + n.viewersHeld() + " ("
                    + n.viewersCrossNode() + ") | " + n.connectFailures() + " / " + n.droppedSockets() + " | " + n.actionsUnanswered()
                    + " | " + two(n.agentToViewerSameNode()) + "; " + two(n.agentToViewerCrossNode()) + " | "
                    + two(n.actionSameNode()) + "; " + two(n.actionCrossNode()) + " | " + number(side.cpuPercent()) + " | "
                    + number(side.sentMessagesPerSecond()) + ", " + number(side.sentBytesPerSecond() / 1024) + " | "
                    + number(side.receivedMessagesPerSecond()) + ", " + number(side.receivedBytesPerSecond() / 1024) + " | "
                    + number(side.remoteWatchedDevices()) + " | " + number(side.agentsConnected()) + " + "
                    + number(side.viewersConnected()) + " |");
        }
        var loss = result.loss();
        if (loss != null) {
            lines.add("");
            lines.add("Node " + loss.node() + " killed (SIGKILL) " + number(loss.afterSeconds()) + " s into the hold: "
                    + (Double.isNaN(loss.secondsUntilAllAgentsBack()) ? "**not every agent was back** by the end of the hold"
                            : "every agent online again after **" + number(loss.secondsUntilAllAgentsBack()) + " s**")
                    + " (fewest held meanwhile: " + loss.fewestAgentsHeld() + "); actions answered with an error: "
                    + (loss.actionsAnsweredWithError().isEmpty() ? "none" : loss.actionsAnsweredWithError().toString())
                    + "; lost with a viewer socket on the killed node: " + loss.actionsLostWithSocket()
                    + "; never answered on a socket that stayed open: **" + loss.actionsUnanswered() + "**.");
        }
        if (!t.errorKinds().isEmpty()) {
            lines.add("");
            lines.add("| error | count |");
            lines.add("|---|---:|");
            t.errorKinds().forEach((kind, count) -> lines.add("| " + kind + " | " + count + " |"));
        }
        lines.add("");
        lines.add("Generator options: " + String.join(" ", s.generatorArguments()));
        return String.join("\n", lines) + "\n";
    }

    private static void row(List<String> lines, String figure, String value) {
        lines.add("| " + figure + " | " + value + " |");
    }

    private static String two(Percentiles p) {
        return MarkdownReport.twoPercentiles(p);
    }

    private static String number(double value) {
        return MarkdownReport.number(value);
    }

    /** A number the JSON writer may have written as null (NaN). */
    private static double number(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonNumber number ? number.doubleValue() : Double.NaN;
    }
}
