package dev.deskrelay.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.deskrelay.bench.measure.Percentiles;

/** A run's figures as markdown: the main table first, then errors, the relay's counters, the parameters, the profile. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String write(RunResult result) {
        var p = result.parameters();
        var c = result.connections();
        var t = result.throughput();
        var l = result.latencies();
        var r = result.relay();
        var k = result.correctness();
        var e = result.environment();
        var lines = new ArrayList<String>();
        lines.add("## " + p.agents() + " agents, " + p.viewers() + " viewers, " + p.holdSeconds() + " s (" + p.mode() + ", "
                + e.startedAt() + ")");
        lines.add("");
        lines.add("| figure | value |");
        lines.add("|---|---|");
        row(lines, "sockets held (agents + viewers + echo)", c.socketsHeld() + " (" + c.agentsReady() + " + " + c.viewersReady()
                + " + " + c.echoReady() + ")");
        row(lines, "connect rate (agents ready per second; target " + number(c.connectRateTarget()) + ")",
                number(c.agentConnectRate()) + " /s; connect to ready p50 / p99 " + ms(c.connectToReady().p50()) + " / "
                        + ms(c.connectToReady().p99()) + " ms");
        row(lines, "viewer accounts made before the run (one each, with an API token)", number(c.accountSeconds()) + " s");
        row(lines, "alert rules per viewer account, on every device it holds (`--rules`)", Integer.toString(p.rulesPerViewer()));
        row(lines, "reconnects attempted / succeeded (agents; viewers)", p.reconnect()
                ? reconnects(c.agentReconnects()) + "; " + reconnects(c.viewerReconnects()) : "off");
        row(lines, "telemetry out (agents to relay)", number(t.telemetrySentPerSecond()) + " msg/s");
        row(lines, "telemetry in (relay to viewers; owed)", number(t.telemetryReceivedPerSecond()) + " msg/s ("
                + number(t.telemetryOwedPerSecond()) + " owed)");
        row(lines, "agent to viewer latency p50 / p99 / p99.9", percentiles(l.agentToViewer()));
        row(lines, "relay's `at` to viewer p50 / p99 / p99.9 (wall clock, 1 ms steps)", percentiles(l.relayStampToViewer()));
        row(lines, "action round trip p50 / p99 / p99.9", percentiles(l.actionRoundTrip()));
        row(lines, "echo round trip p50 / p99 / p99.9 (the floor)", percentiles(l.echoRoundTrip()));
        row(lines, "action / echo round trip, p50 and p99", times(l.actionOverEchoP50()) + ", " + times(l.actionOverEchoP99()));
        if (r != null) {
            row(lines, "relay heap per socket / per agent (growth of live heap)", number(r.heapPerSocketKiB()) + " / "
                    + number(r.heapPerAgentKiB()) + " KiB (" + r.heapBeforeKiB() / 1024 + " to " + r.heapAfterKiB() / 1024 + " MiB)");
            row(lines, "relay CPU (% of all " + e.cores() + " cores, during the hold)", number(r.cpuPercent()) + " %");
        }
        row(lines, "generator CPU (% of all " + e.cores() + " cores, during the hold)", number(e.generatorCpuPercent()) + " %");
        row(lines, "errors", Long.toString(k.errors()));
        row(lines, "lost telemetry (skipped: coalesced, a newer sample arrived)", k.telemetryLost() + " of " + k.telemetryOwed()
                + " owed (" + k.telemetrySkipped() + " skipped)");
        row(lines, "actions sent / answered ok / reached agents / lost with the viewer's socket / unanswered", k.actionsSent()
                + " / " + k.actionResults() + " / " + k.actionsAtAgents() + " / " + k.actionsLostWithSocket() + " / "
                + k.actionsUnanswered());
        row(lines, "correct (no error, nothing lost, every action answered once, every client ready)", k.clean() ? "yes" : "**no**");
        if (!result.nodes().isEmpty()) {
            lines.add("");
            nodeTable(lines, result.nodes());
        }
        if (!k.errorKinds().isEmpty()) {
            lines.add("");
            lines.add("| error | count |");
            lines.add("|---|---:|");
            k.errorKinds().forEach((kind, count) -> lines.add("| " + kind + " | " + count + " |"));
        }
        if (r != null && !r.metrics().isEmpty()) {
            lines.add("");
            lines.add("The relay's own counters at the end (`/metrics`):");
            lines.add("");
            lines.add("| metric | value |");
            lines.add("|---|---:|");
            r.metrics().forEach((name, value) -> lines.add("| `" + name + "` | " + number(value) + " |"));
        }
        lines.add("");
        lines.add("Parameters: " + parameters(p, t, e));
        if (!result.profile().isEmpty()) {
            lines.add("");
            lines.add("Relay profile:");
            lines.add("");
            lines.addAll(result.profile());
        }
        return String.join("\n", lines) + "\n";
    }

    /** Its JVM options as started, those from payara-config included; nothing for a server started elsewhere. */
    private static String relayJvm(RunResult.Parameters p) {
        int jar = p.relayCommand().indexOf("-jar");
        return jar < 1 ? "not started here" : String.join(" ", p.relayCommand().subList(1, jar).stream()
                .filter(option -> !option.startsWith("-Djava.io.tmpdir=") && !option.startsWith("-Ddeskrelay.data.dir="))
                .toList());
    }

    private static String parameters(RunResult.Parameters p, RunResult.Throughput t, RunResult.Environment e) {
        return String.join("; ", List.of(
                "telemetry every " + number(p.telemetryPeriodSeconds()) + " s, filesystems every " + p.filesystemsEvery() + " samples",
                number(p.actingShare() * 100) + " % of viewers beep every " + number(p.actionPeriodSeconds()) + " s",
                p.echoSockets() + " echo sockets every " + number(p.echoPeriodSeconds()) + " s",
                "ramp " + number(p.connectRate()) + " connections/s, at most " + p.maxInFlight() + " in flight",
                "hold " + number(t.holdSeconds()) + " s measured, drain up to " + p.drainSeconds() + " s",
                "destinations " + String.join(", ", p.destinations()),
                "relay " + relayJvm(p),
                "generator " + String.join(" ", p.generatorJvm()) + ", " + p.ioThreads() + " I/O threads",
                e.cores() + " cores, " + e.java() + ", load average " + number(e.loadBefore()) + " before, "
                        + number(e.loadAfter()) + " after",
                "open files limit " + e.openFilesLimit() + ", ephemeral ports " + e.portRange()));
    }

    /** By relay node, latencies by the viewer's node: same node as the device's agent, or another. */
    static void nodeTable(List<String> lines, List<RunResult.Node> nodes) {
        lines.add("| node | agents / viewers held (viewers cross-node) | connects refused / sockets dropped | actions unanswered"
                + " | agent→viewer p50 / p99 ms same node | cross node | action p50 / p99 ms same node | cross node |");
        lines.add("|---|---|---|---|---|---|---|---|");
        for (RunResult.Node n : nodes) {
            lines.add("| " + n.node() + " | " + n.agentsHeld() + " / " + n.viewersHeld() + " (" + n.viewersCrossNode() + ") | "
                    + n.connectFailures() + " / " + n.droppedSockets() + " | " + n.actionsUnanswered() + " | "
                    + twoPercentiles(n.agentToViewerSameNode()) + " | " + twoPercentiles(n.agentToViewerCrossNode()) + " | "
                    + twoPercentiles(n.actionSameNode()) + " | " + twoPercentiles(n.actionCrossNode()) + " |");
        }
    }

    /** p50 / p99 in milliseconds and the count, or - for nothing measured. */
    public static String twoPercentiles(Percentiles p) {
        return p.count() == 0 ? "-" : ms(p.p50()) + " / " + ms(p.p99()) + " (n = " + p.count() + ")";
    }

    private static String reconnects(RunResult.Reconnects reconnects) {
        return reconnects.attempted() + " / " + reconnects.succeeded();
    }

    private static void row(List<String> lines, String figure, String value) {
        lines.add("| " + figure + " | " + value + " |");
    }

    static String percentiles(Percentiles p) {
        if (p.count() == 0) {
            return "none measured";
        }
        return ms(p.p50()) + " / " + ms(p.p99()) + " / " + ms(p.p999()) + " ms (max " + ms(p.max()) + ", n = " + p.count() + ")";
    }

    static String ms(double millis) {
        return Double.isNaN(millis) ? "-" : String.format(Locale.ROOT, millis < 10 ? "%.2f" : "%.1f", millis);
    }

    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    public static String times(double ratio) {
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2f×", ratio);
    }
}
