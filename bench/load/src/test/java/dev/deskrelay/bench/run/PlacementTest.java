package dev.deskrelay.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.deskrelay.bench.BenchOptions;
import dev.deskrelay.bench.socket.Route;
import dev.deskrelay.bench.socket.Targets;

class PlacementTest {

    private static Placement placement(String... more) {
        var args = new java.util.ArrayList<>(java.util.List.of("--agents", "1000", "--viewers", "400", "--acting", "0.5",
                "--nodes", "ws://127.0.0.1:7001/,ws://127.0.0.1:7002/,ws://127.0.0.1:7003/"));
        args.addAll(java.util.List.of(more));
        var options = BenchOptions.parse(args.toArray(String[]::new));
        return Placement.of(options, Targets.loopback(options.nodes().urls().get(0), 1));
    }

    @Test
    void agentsGoToTheNodesInTurn() {
        var placement = placement();
        assertEquals(3, placement.relayNodes());
        assertEquals(URI.create("ws://127.0.0.1:7001/agent"), placement.agent(0, 0).endpoint(0));
        assertEquals(URI.create("ws://127.0.0.1:7003/agent"), placement.agent(5, 5).endpoint(0));
        assertEquals(2, placement.agent(5, 5).node(0));
        assertEquals(0, placement.agent(5, 5).node(1), "after a lost socket, the next node");
    }

    @Test
    void theCrossShareIsExactAndIndependentOfTheActingShare() {
        var placement = placement("--cross", "0.5");
        long crossing = IntStream.range(0, 400).filter(placement::crosses).count();
        long crossingAndActing = IntStream.range(0, 400).filter(placement::crosses).filter(index -> Spread.acts(index, 0.5)).count();
        assertEquals(200, crossing);
        assertEquals(100, crossingAndActing, "acting viewers are found on both sides");
    }

    @Test
    void aCrossingViewerDialsTheNextNodeAfterItsAgents() {
        var placement = placement("--cross", "1");
        Route viewer = placement.viewer(0, 4, 1000);
        assertEquals(1, placement.agentNode(4));
        assertEquals(2, viewer.node(0));
        assertEquals(URI.create("ws://127.0.0.1:7003/viewer"), viewer.endpoint(0));
        assertEquals(1, placement("--cross", "0").viewer(0, 4, 1000).node(0), "same node as its agent");
    }

    @Test
    void throughABalancerEverySocketGoesToItAndNoNodeIsKnown() {
        var placement = placement("--via", "ws://127.0.0.1:7000/");
        assertEquals(URI.create("ws://127.0.0.1:7000/agent"), placement.agent(5, 5).endpoint(0));
        assertEquals(Route.UNKNOWN, placement.viewer(1, 5, 1001).node(0));
    }

    @Test
    void oneServerHasNoCrossing() {
        var options = BenchOptions.parse(new String[] {"--cross", "1"});
        var placement = Placement.of(options, Targets.loopback(URI.create("ws://127.0.0.1:7000/"), 1));
        assertFalse(placement.crosses(1));
        assertEquals(0, placement.viewer(1, 5, 1001).node(0));
    }
}
