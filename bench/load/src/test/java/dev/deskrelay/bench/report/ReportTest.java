package dev.deskrelay.bench.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.deskrelay.bench.measure.Percentiles;

class ReportTest {

    private static final Percentiles SOME = new Percentiles(10, 1.5, 4.25, 9.0, 12.0);

    private final RunResult result = new RunResult(
            new RunResult.Parameters("relay", 20, 10, 60, 500, 1000, 0.5, 5, 1, 10, 5, 2, 10, List.of("127.0.0.1"), 2, "2g",
                    List.of("deskrelay.max-sockets-per-address=100000"), List.of("java"), List.of("-Xmx1g"), true, 3),
            new RunResult.Environment("2026-01-01T00:00:00Z", 2, "OpenJDK 17", 0.5, 0.7, 20000, "32768-60999", 12.5),
            new RunResult.Connections(20, 10, 5, 35, 1.5, 500, 480, SOME, new RunResult.Reconnects(7, 6),
                    new RunResult.Reconnects(2, 2), 12.5),
            new RunResult.Throughput(60, 20, 10, 10, 1, 2.5, 1200, 600, 60, 150),
            new RunResult.Latencies(SOME, Percentiles.NONE, SOME, SOME, 1.0, 1.0),
            new RunResult.Relay(42, 50_000, 60_000, 285.7, 500, 25, 350, 390, Map.of("deskrelay_agents_connected", 20.0)),
            new RunResult.Correctness(1, Map.of("closed by the server: viewer 4010 too slow", 1L), 0, 600, 0, 3, 60, 60, 60, 0, 0, 0, false),
            List.of(), List.of(), new RunResult.Recovery(-1, -1, false, 20), new RunResult.Histograms("", ""));

    @Test
    void theTableHasEveryFigure() {
        String markdown = MarkdownReport.write(result);
        for (String figure : List.of("sockets held", "connect rate", "telemetry out", "telemetry in", "agent to viewer latency",
                "action round trip", "echo round trip", "action / echo", "relay heap per socket", "relay CPU", "generator CPU",
                "errors", "lost telemetry", "actions sent", "correct", "4010 too slow", "none measured", "1.50 / 4.25 / 9.00 ms",
                "**no**", "| reconnects attempted / succeeded (agents; viewers) | 7 / 6; 2 / 2 |",
                "| viewer accounts made before the run (one each, with an API token) | 12.5 s |",
                "| alert rules per viewer account, on every device it holds (`--rules`) | 3 |")) {
            assertTrue(markdown.contains(figure), "the report lacks " + figure + ":\n" + markdown);
        }
    }

    @Test
    void theParametersNameTheRelaysJvmOptionsAsStarted() {
        var started = new RunResult.Parameters("relay", 20, 10, 60, 500, 1000, 0.5, 5, 1, 10, 5, 2, 10,
                List.of("127.0.0.1"), 2, "2g", List.of(), List.of("java", "-Xmx2g", "-Djava.io.tmpdir=/w/tmp",
                        "-XX:MaxGCPauseMillis=20", "-Dx=y", "-jar", "payara-micro.jar", "--nocluster"),
                List.of("-Xmx1g"), true, 0);
        String markdown = MarkdownReport.write(new RunResult(started, result.environment(), result.connections(),
                result.throughput(), result.latencies(), result.relay(), result.correctness(), result.profile(), result.nodes(),
                result.recovery(), result.histograms()));

        assertTrue(markdown.contains("; relay -Xmx2g -XX:MaxGCPauseMillis=20 -Dx=y; "), markdown);
        assertTrue(!markdown.contains("tmpdir") && !markdown.contains("--nocluster"), markdown);
    }

    @Test
    void theJsonHasTheFiguresAndNoNaN() {
        String json = JsonReport.write(result);
        assertTrue(json.contains("\"heapPerAgentKiB\": 500.0"), json);
        assertTrue(json.contains("\"relayStampToViewer\": {"), json);
        assertTrue(json.contains("\"p50\": null"), json);
        assertTrue(json.contains("\"agentReconnects\": {"), json);
        assertTrue(json.contains("\"succeeded\": 6"), json);
        assertTrue(json.contains("\"reconnect\": true"), json);
        assertTrue(!json.contains("NaN"), json);
    }
}
