package dev.deskrelay.bench.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

class TargetsTest {

    @Test
    void spreadsSocketsOverLoopbackAddressesInTurn() {
        var targets = Targets.loopback(URI.create("ws://127.0.0.1:8080/"), 3);
        assertEquals(List.of("127.0.0.1", "127.0.0.2", "127.0.0.3"), targets.destinations());
        assertEquals(URI.create("ws://127.0.0.1:8080/agent"), targets.endpoint(0, "agent"));
        assertEquals(URI.create("ws://127.0.0.2:8080/agent"), targets.endpoint(1, "agent"));
        assertEquals(URI.create("ws://127.0.0.3:8080/viewer"), targets.endpoint(5, "viewer"));
        assertEquals(URI.create("ws://127.0.0.1:8080/bench-echo/echo"), targets.endpoint(3, "bench-echo/echo"));
    }

    @Test
    void keepsTheServersContextPath() {
        var targets = Targets.loopback(URI.create("ws://localhost:9090/relay"), 1);
        assertEquals(URI.create("ws://localhost:9090/relay/agent"), targets.endpoint(7, "/agent"));
    }

    @Test
    void refusesEveryAddressButLoopback() {
        // documentation and private ranges: checked without a packet being sent
        assertThrows(IllegalArgumentException.class, () -> Targets.loopback(URI.create("ws://192.0.2.10:8080/"), 1));
        assertThrows(IllegalArgumentException.class, () -> Targets.loopback(URI.create("ws://10.0.0.1:8080/"), 1));
        assertThrows(IllegalArgumentException.class, () -> Targets.loopback(URI.create("ws://0.0.0.0:8080/"), 1));
    }

    @Test
    void severalAddressesNeedA127Base() {
        assertThrows(IllegalArgumentException.class, () -> Targets.loopback(URI.create("ws://localhost:8080/"), 2));
        assertThrows(IllegalArgumentException.class, () -> Targets.loopback(URI.create("ws://127.0.0.5:8080/"), 2));
        assertThrows(IllegalArgumentException.class, () -> Targets.loopback(URI.create("http://127.0.0.1:8080/"), 1));
        assertThrows(IllegalArgumentException.class, () -> Targets.loopback(URI.create("ws://127.0.0.1/"), 1));
    }
}
