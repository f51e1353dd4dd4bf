package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.Parties.beep;
import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.pairViewer;
import static dev.deskrelay.relay.it.Parties.telemetry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A relay with the cluster on, alone on its grid (Payara Micro runs Hazelcast even with
 * {@code --nocluster}): it finds the grid, says it is ready once it joined, routes through the
 * grid router as a single relay would, and exports the cluster's metrics; without the grid it
 * does not start.
 */
class ClusteredRelayIT {

    /** Where RelayProcess finds the pre-boot commands it gives Payara Micro. */
    private static final String PRE_BOOT = "payara.preboot";

    @Test
    void aClusteredRelayAloneServesAsOneRelayDoes(@TempDir Path data) {
        try (var relay = RelayProcess.start(data, Map.of("DESKRELAY_CLUSTER_ENABLED", "true"))) {
            var http = new RelayHttp(relay.base());
            var ready = http.get("/health/ready");
            assertEquals(200, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("\"cluster\""), ready.body());

            var agent = enrollAgent(relay.base(), "laptop");
            var viewer = pairViewer(relay.base(), agent.pairingCode());
            agent.socket().send(telemetry(37.5));
            assertEquals(37.5, viewer.socket().nextOf("telemetry").getJsonObject("sample").getJsonNumber("cpu").doubleValue());

            viewer.socket().send(beep("b1", agent.deviceId()));
            String relayId = agent.socket().nextOf("action").getString("id");
            agent.socket().send("{\"type\":\"action_result\",\"id\":\"" + relayId + "\",\"ok\":true,\"data\":{}}");
            var result = viewer.socket().nextOf("action_result");
            assertEquals("b1", result.getString("id"));
            assertTrue(result.getBoolean("ok"), result.toString());

            assertEquals(0, http.metric("deskrelay_cluster_sent_messages_total"), "alone, nothing crosses");
            assertEquals(0, http.metric("deskrelay_cluster_remote_watched_devices"));

            relay.stop();
            assertTrue(relay.log().lines().noneMatch(line -> line.startsWith("\tat ") || line.contains("SEVERE")),
                    "stopping with an agent and a viewer attached, the grid's entries are given back cleanly:\n"
                            + relay.log());
        }
    }

    /** Without the grid a clustered relay would serve as an island, its viewers blind to the other nodes' agents. */
    @Test
    void aClusteredRelayWithoutTheGridDoesNotStart(@TempDir Path home) throws IOException {
        String usualPreBoot = System.getProperty(PRE_BOOT);
        Path withoutGrid = home.resolve("pre-boot-without-grid.asadmin");
        Files.writeString(withoutGrid, Files.readString(Path.of(usualPreBoot))
                + "\nset configs.config.server-config.hazelcast-config-specific-configuration.enabled=false\n");
        System.setProperty(PRE_BOOT, withoutGrid.toString());
        try {
            var stopped = assertThrows(RelayProcess.Stopped.class, () -> RelayProcess.start(home.resolve("relay-data"),
                    Map.of("DESKRELAY_CLUSTER_ENABLED", "true")).close());

            assertEquals(2, stopped.exitStatus);
            assertTrue(stopped.log.contains("DeskRelay did not start, deskrelay.cluster.enabled is true but Payara's"
                    + " data grid is not at JNDI payara/Hazelcast"), stopped.log);
            assertFalse(stopped.log.contains(" ready in "), "it never said it was ready");
        } finally {
            System.setProperty(PRE_BOOT, usualPreBoot);
        }
    }
}
