package dev.deskrelay.bench.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

class BenchHaproxyTest {

    private static final String TEMPLATE = """
            frontend relay
                bind ":${DESKRELAY_PORT}"
                default_backend nodes

            backend nodes
                balance leastconn
                option httpchk GET /health/ready
            """;

    @Test
    void theProjectsConfigGetsALoopbackFrontAndAServerANode() {
        String config = BenchHaproxy.config(TEMPLATE, 7000,
                List.of(URI.create("ws://127.0.0.1:7001/"), URI.create("ws://127.0.0.1:7002/")));
        assertTrue(config.contains("    bind 127.0.0.1:7000\n"), config);
        assertFalse(config.contains("DESKRELAY_PORT"), config);
        assertTrue(config.endsWith("    option httpchk GET /health/ready\n    server node0 127.0.0.1:7001 check\n"
                + "    server node1 127.0.0.1:7002 check\n"), config);
    }

    @Test
    void aConfigThatNoLongerBindsAsExpectedIsRefusedRatherThanOpenedOnEveryInterface() {
        assertThrows(IllegalStateException.class, () -> BenchHaproxy.config("frontend relay\n    bind :80\n", 7000, List.of()));
    }
}
