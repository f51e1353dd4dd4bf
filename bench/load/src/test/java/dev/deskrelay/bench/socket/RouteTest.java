package dev.deskrelay.bench.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

class RouteTest {

    private static final List<URI> NODES = List.of(URI.create("ws://127.0.0.1:1/agent"), URI.create("ws://127.0.0.1:2/agent"),
            URI.create("ws://127.0.0.1:3/agent"));

    @Test
    void eachNewSocketGoesToTheNextNodeStartingWithItsOwn() {
        var route = Route.startingAt(NODES, 2);
        assertEquals(NODES.get(2), route.endpoint(0));
        assertEquals(2, route.node(0));
        assertEquals(NODES.get(0), route.endpoint(1));
        assertEquals(0, route.node(1));
        assertEquals(1, route.node(5));
    }

    @Test
    void aBalancedRouteKnowsNoNode() {
        var route = Route.balanced(NODES.get(0));
        assertEquals(NODES.get(0), route.endpoint(3));
        assertEquals(Route.UNKNOWN, route.node(0));
        assertEquals(0, Route.single(NODES.get(1)).node(4));
    }

    @Test
    void aRouteNeedsAnEndpoint() {
        assertThrows(IllegalArgumentException.class, () -> Route.startingAt(List.of(), 0));
    }
}
