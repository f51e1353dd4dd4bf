package dev.deskrelay.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void agentsAreSpreadOverTheNodesAndWatchedOnesToo() {
        var placement = placement();
        assertEquals(3, placement.relayNodes());
        int[] all = new int[3];
        int[] watchedEveryTenth = new int[3];
        for (int agent = 0; agent < 3000; agent++) {
            all[placement.agentNode(agent)]++;
            if (agent % 10 == 0) {
                watchedEveryTenth[placement.agentNode(agent)]++;
            }
        }
        for (int node = 0; node < 3; node++) {
            assertTrue(all[node] > 900 && all[node] < 1100, "node " + node + ": " + all[node]);
            assertTrue(watchedEveryTenth[node] > 80 && watchedEveryTenth[node] < 120, "node " + node + ": " + watchedEveryTenth[node]);
        }
        Route route = placement.agent(5, 5);
        assertEquals(URI.create("ws://127.0.0.1:700" + (placement.agentNode(5) + 1) + "/agent"), route.endpoint(0));
        assertEquals(placement.agentNode(5), route.node(0));
        assertEquals((placement.agentNode(5) + 1) % 3, route.node(1), "after a lost socket, the next node");
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
        int next = (placement.agentNode(4) + 1) % 3;
        assertEquals(next, viewer.node(0));
        assertEquals(URI.create("ws://127.0.0.1:700" + (next + 1) + "/viewer"), viewer.endpoint(0));
        assertEquals(placement.agentNode(4), placement("--cross", "0").viewer(0, 4, 1000).node(0), "same node as its agent");
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
