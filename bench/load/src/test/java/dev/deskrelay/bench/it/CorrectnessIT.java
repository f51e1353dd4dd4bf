package dev.deskrelay.bench.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.deskrelay.bench.BenchOptions;
import dev.deskrelay.bench.accounts.Admin;
import dev.deskrelay.bench.accounts.RelaySetup;
import dev.deskrelay.bench.relay.RelayServer;
import dev.deskrelay.bench.report.MarkdownReport;
import dev.deskrelay.bench.report.RunResult;
import dev.deskrelay.bench.run.LoadRun;

/**
 * A few hundred agents and viewers for a few seconds against the relay as built, over two
 * loopback destination addresses. Every action must be answered exactly once (by the agent it was
 * for), every sample must reach its device's viewer and no other, and nothing may go wrong.
 * Nothing here is timed: the figures are printed for the log, never asserted.
 */
class CorrectnessIT {

    private static final int ADDRESSES = 2;
    private static RelayServer relay;
    private static Admin admin;

    @BeforeAll
    static void startRelay() {
        relay = RelayServer.start(new RelayServer.Launch(property("bench.payaraJar"), property("bench.relayWar"),
                property("bench.echoWar"), property("bench.payaraConfig"),
                property("bench.connectionBuffers"), property("bench.workDir"), "1g", ADDRESSES,
                // /ws too, for the prototype's run; the real protocol does not notice it
                List.of("deskrelay.max-sockets-per-address=100000", "deskrelay.prototype.enabled=true"), null));
        admin = RelaySetup.setUpFresh(relay.base(), relay.setupCodeFile());
    }

    @AfterAll
    static void stopRelay() {
        if (relay != null) {
            relay.close();
        }
    }

    @Test
    void everyActionIsAnsweredOnceAndEverySampleReachesOnlyItsViewer() {
        RunResult result = run("relay", "--agents", "200", "--viewers", "100", "--seconds", "10", "--acting", "1",
                "--action-period", "2", "--echo", "50", "--echo-period", "1", "--filesystems-every", "3");

        var correctness = result.correctness();
        assertEquals(Map.of(), correctness.errorKinds(), "no error of any kind, cross-device messages included");
        assertEquals(200, result.connections().agentsReady());
        assertEquals(100, result.connections().viewersReady());
        assertEquals(50, result.connections().echoReady());
        assertEquals(350, result.connections().socketsHeld());
        assertEquals(0, correctness.clientsNotReady());

        assertTrue(correctness.actionsSent() >= 300, "100 viewers beeping every 2 s for 10 s: " + correctness.actionsSent());
        assertEquals(correctness.actionsSent(), correctness.actionResults(), "every action has its one ok result");
        assertEquals(correctness.actionsSent(), correctness.actionsAtAgents(), "every action reached an agent, once");
        assertEquals(0, correctness.actionsUnanswered());

        assertTrue(correctness.telemetryOwed() >= 900, "100 viewers owed about 10 samples each: " + correctness.telemetryOwed());
        assertEquals(0, correctness.telemetryLost(), "every viewer saw its agent's newest sample");
        assertTrue(result.throughput().telemetryReceived() >= correctness.telemetryOwed() - correctness.telemetrySkipped());
        assertTrue(result.throughput().telemetrySent() >= 200 * 9, "200 agents, 1 Hz, 10 s: " + result.throughput().telemetrySent());
        assertEquals(0, correctness.echoesUnanswered());
        assertTrue(result.latencies().echoRoundTrip().count() > 0, "the floor was measured");
        assertTrue(correctness.clean());
    }

    @Test
    void thePrototypesClientsOnlyHearTheirCounterpart() {
        RunResult result = run("prototype", "--mode", "prototype", "--agents", "50", "--viewers", "50", "--seconds", "5",
                "--acting", "1", "--action-period", "1", "--echo", "0");

        var correctness = result.correctness();
        assertEquals(Map.of(), correctness.errorKinds());
        assertEquals(50, result.connections().agentsReady());
        assertEquals(50, result.connections().viewersReady());
        assertTrue(correctness.actionsSent() >= 150, "50 web clients beeping every second for 5 s: " + correctness.actionsSent());
        assertEquals(correctness.actionsSent(), correctness.actionResults());
        assertEquals(correctness.actionsSent(), correctness.actionsAtAgents());
        assertTrue(correctness.telemetryOwed() > 0);
        assertEquals(0, correctness.telemetryLost());
        assertTrue(correctness.clean());
    }

    private static RunResult run(String name, String... arguments) {
        var args = new java.util.ArrayList<>(List.of(arguments));
        // a gentle ramp: a relay just started enrolls slowly, and this run is about correctness, not speed
        args.addAll(List.of("--addresses", Integer.toString(ADDRESSES), "--drain", "20", "--connect-rate", "100",
                "--max-in-flight", "50",
                "--out", Path.of(System.getProperty("bench.workDir")).resolveSibling("it-results").resolve(name).toString()));
        RunResult result = LoadRun.run(BenchOptions.parse(args.toArray(String[]::new)), relay, admin, System.out);
        System.out.println(MarkdownReport.write(result));
        return result;
    }

    private static Path property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run this test with Maven (failsafe sets it)");
        }
        return Path.of(value);
    }
}
