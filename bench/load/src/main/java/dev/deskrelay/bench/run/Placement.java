package dev.deskrelay.bench.run;

import java.util.List;

import dev.deskrelay.bench.BenchOptions;
import dev.deskrelay.bench.socket.Route;
import dev.deskrelay.bench.socket.Targets;

/**
 * Which relay node each agent and viewer dials. One server: every socket to it, over the run's
 * destination addresses as before. Several nodes: each agent to a node picked by a hash of its
 * number, as DNS round robin spreads clients at random (in turn, {@code n mod N}, would put
 * every watched agent on one node when the agents a viewer watches are an even stride apart);
 * a viewer to its agent's node, or to the next node for the
 * share of viewers that watch across nodes. That share is chosen over the viewers in another
 * order than the acting share ({@link #crosses}), so that acting viewers are found on both sides.
 * Through a balancer every socket goes to it, wherever it lands.
 */
final class Placement {

    private final Targets single;
    private final List<Targets> nodes;
    private final Targets balancer;
    private final double crossShare;
    private final int viewers;

    private Placement(Targets single, List<Targets> nodes, Targets balancer, double crossShare, int viewers) {
        this.single = single;
        this.nodes = nodes;
        this.balancer = balancer;
        this.crossShare = crossShare;
        this.viewers = viewers;
    }

    static Placement of(BenchOptions options, Targets single) {
        BenchOptions.Nodes given = options.nodes();
        if (!given.several()) {
            return new Placement(single, List.of(), null, 0, options.viewers());
        }
        List<Targets> nodes = given.urls().stream().map(url -> Targets.loopback(url, 1)).toList();
        Targets balancer = given.balancer() == null ? null : Targets.loopback(given.balancer(), 1);
        return new Placement(null, nodes, balancer, given.crossShare(), options.viewers());
    }

    /** Relay nodes the figures are kept for: 1 for a single server. */
    int relayNodes() {
        return nodes.isEmpty() ? 1 : nodes.size();
    }

    /** @param socket the socket's number in this run, for spreading over a single server's addresses */
    Route agent(int agentNumber, int socket) {
        return route("agent", socket, agentNode(agentNumber));
    }

    Route viewer(int viewerIndex, int agentNumber, int socket) {
        int node = agentNode(agentNumber);
        return route("viewer", socket, crosses(viewerIndex) ? (node + 1) % relayNodes() : node);
    }

    int agentNode(int agentNumber) {
        return (int) Long.remainderUnsigned(mix(agentNumber), relayNodes());
    }

    /** SplitMix64's finalizer: neighbouring numbers land far apart. */
    static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Whether the {@code viewerIndex}-th viewer watches across nodes: the share taken over the
     * even-numbered viewers first, then the odd ones, since {@link Spread#acts} takes the acting
     * share in plain order (with both at one half, the same viewers would act and cross).
     */
    boolean crosses(int viewerIndex) {
        if (relayNodes() < 2) {
            return false;
        }
        int reordered = viewerIndex % 2 == 0 ? viewerIndex / 2 : (viewers + 1) / 2 + viewerIndex / 2;
        return Spread.acts(reordered, crossShare);
    }

    private Route route(String path, int socket, int node) {
        if (nodes.isEmpty()) {
            return Route.single(single.endpoint(socket, path));
        }
        if (balancer != null) {
            return Route.balanced(balancer.endpoint(0, path));
        }
        return Route.startingAt(nodes.stream().map(target -> target.endpoint(0, path)).toList(), node);
    }
}
