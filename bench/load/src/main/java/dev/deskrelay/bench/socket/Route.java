package dev.deskrelay.bench.socket;

import java.net.URI;
import java.util.List;

/**
 * Where one client dials: the relay nodes in the order it tries them, starting with its own, and
 * which node each is. A client that lost its socket dials the next one, as an agent given the
 * list of a cluster's nodes fails over when its node dies. Through a load balancer there is one
 * endpoint and which node serves it is not known here ({@link #UNKNOWN}).
 */
public record Route(List<URI> endpoints, int firstNode, boolean nodesKnown) {

    public static final int UNKNOWN = -1;

    public Route {
        endpoints = List.copyOf(endpoints);
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("a route needs at least one endpoint");
        }
    }

    /** One server, node 0: a single relay, or the echo floor. */
    public static Route single(URI endpoint) {
        return new Route(List.of(endpoint), 0, true);
    }

    /** Through a balancer: one endpoint, the node behind it unknown. */
    public static Route balanced(URI endpoint) {
        return new Route(List.of(endpoint), 0, false);
    }

    /**
     * Starting at {@code first} of {@code nodes} (each a node's endpoint for this client's path),
     * then the next nodes in turn.
     */
    public static Route startingAt(List<URI> nodes, int first) {
        return new Route(nodes, first, true);
    }

    /** The endpoint of the {@code dial}-th attempt (0 the first). */
    public URI endpoint(int dial) {
        return endpoints.get(Math.floorMod(firstNode + dial, endpoints.size()));
    }

    /** The node the {@code dial}-th attempt reaches, or {@link #UNKNOWN}. */
    public int node(int dial) {
        return nodesKnown ? Math.floorMod(firstNode + dial, endpoints.size()) : UNKNOWN;
    }
}
