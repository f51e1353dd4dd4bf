package dev.deskrelay.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HaproxyConfigTest {

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
        String config = HaproxyConfig.render(TEMPLATE, "127.0.0.1", 7000,
                List.of(new HaproxyConfig.Server("node0", "127.0.0.1", 7001), new HaproxyConfig.Server("node1", "127.0.0.1", 7002)));
        assertTrue(config.contains("    bind 127.0.0.1:7000\n"), config);
        assertFalse(config.contains("DESKRELAY_PORT"), config);
        assertTrue(config.endsWith("    option httpchk GET /health/ready\n    server node0 127.0.0.1:7001 check\n"
                + "    server node1 127.0.0.1:7002 check\n"), config);
    }

    @Test
    void aConfigThatNoLongerBindsAsExpectedIsRefusedRatherThanOpenedOnEveryInterface() {
        assertThrows(IllegalStateException.class, () -> HaproxyConfig.render("frontend relay\n    bind :80\n", "127.0.0.1", 7000, List.of()));
    }

    @Test
    void theRepositorysOwnConfigCanBeRendered() throws IOException {
        String config = HaproxyConfig.render(Files.readString(Path.of("../payara-config", HaproxyConfig.FILE)), "127.0.0.1", 7000,
                List.of(new HaproxyConfig.Server("node1", "127.0.0.1", 7001)));
        assertTrue(config.contains("bind 127.0.0.1:7000\n"), config);
        assertTrue(config.endsWith("    server node1 127.0.0.1:7001 check\n"), "the server in the backend, at the end:\n" + config);
    }

    @Test
    void theBinaryIsTakenFromThePathFirst(@TempDir Path dir) throws IOException {
        Path haproxy = Files.writeString(dir.resolve("haproxy"), "#!/bin/sh\n");
        assertTrue(haproxy.toFile().setExecutable(true));
        assertEquals(haproxy, Haproxy.binary("/nonexistent:" + dir));
    }
}
