package dev.deskrelay.relay.it;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.deskrelay.harness.FreePorts;
import dev.deskrelay.harness.Haproxy;
import dev.deskrelay.harness.HaproxyConfig;
import dev.deskrelay.harness.ThrowawayPostgres;

/**
 * Relay nodes on one data grid, sharing a test PostgreSQL, with HAProxy in front: what
 * {@code ./run cluster} starts, on free loopback ports, all stopped at the end.
 */
final class RelayCluster implements AutoCloseable {

    private static final Path HAPROXY_CONFIG = Path.of(System.getProperty("payara.preboot")).resolveSibling(HaproxyConfig.FILE);
    private static final Duration GRID_FORMING = Duration.ofSeconds(90);

    private final ThrowawayPostgres database;
    private final List<RelayProcess> nodes = new ArrayList<>();
    private Haproxy balancer;
    /** Stops the nodes and HAProxy also when the test JVM ends without closing the cluster. */
    private final Thread cleanup = new Thread(this::stopProcesses, "relay-cluster-cleanup");

    private RelayCluster(ThrowawayPostgres database) {
        this.database = database;
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** @param settings the nodes' settings besides the database's, e.g. {@code DESKRELAY_ACTION_TIMEOUT_SECONDS} */
    static RelayCluster start(Path dir, int size, Map<String, String> settings) {
        // fsync off: a test server's data need not survive a crash of the machine
        var cluster = new RelayCluster(
                ThrowawayPostgres.start(Path.of(System.getProperty("java.io.tmpdir")), Map.of("fsync", "off")));
        try {
            cluster.startNodes(dir, size, settings);
            cluster.balancer = Haproxy.start(HAPROXY_CONFIG, dir.resolve("haproxy"), IntStream.range(0, size)
                    .mapToObj(i -> new HaproxyConfig.Server("node" + (i + 1), "127.0.0.1", cluster.nodes.get(i).port())).toList());
            // the nodes share one database, so node 1's setup code sets the whole cluster up
            ApiClient.dataDirectory(cluster.balancer.base().getPort(), cluster.nodes.get(0).dataDir());
            return cluster;
        } catch (RuntimeException | AssertionError e) {
            cluster.close();
            throw e;
        }
    }

    private void startNodes(Path dir, int size, Map<String, String> settings) {
        // a grid name of its own, so that no other test's nodes on this machine ever join it
        String name = "it-" + UUID.randomUUID();
        // below the ephemeral range, where one of the nodes' own outgoing connections could take a port first
        int firstGridPort = FreePorts.consecutive(size);
        List<Integer> gridPorts = IntStream.range(firstGridPort, firstGridPort + size).boxed().toList();
        var nodeSettings = new HashMap<>(settings);
        nodeSettings.putAll(database.settings());
        nodeSettings.put("DESKRELAY_CLUSTER_ENABLED", "true");
        nodeSettings.put("DESKRELAY_TRUSTED_PROXIES", "127.0.0.1");
        String members = gridPorts.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        for (int i = 0; i < size; i++) {
            String node = "node" + (i + 1);
            nodes.add(RelayProcess.node(dir.resolve(node), nodeSettings,
                    new RelayProcess.GridMember(name, members, gridPorts.get(i), node)));
        }
        // The first node alone creates the tables: PostgreSQL's CREATE TABLE IF NOT EXISTS is not
        // safe against a concurrent one (both may pass the check), so the others start after it.
        nodes.get(0).start();
        nodes.stream().skip(1).forEach(RelayProcess::launch);
        nodes.stream().skip(1).forEach(RelayProcess::awaitReady);
        awaitGrid(size);
    }

    /** Waits until every running node sees {@code size} members. */
    void awaitGrid(int size) {
        long deadline = System.nanoTime() + GRID_FORMING.toNanos();
        while (System.nanoTime() < deadline) {
            if (nodes.stream().filter(RelayProcess::isAlive).allMatch(node -> node.gridSize() == size)) {
                return;
            }
            RelayProcess.sleep(200);
        }
        throw new AssertionError("the grid did not reach " + size + " members within " + GRID_FORMING.toSeconds()
                + " s; the nodes see " + nodes.stream().map(node -> Integer.toString(node.gridSize())).toList());
    }

    /** Node {@code n}, counted from 1 as the nodes are named. */
    RelayProcess node(int n) {
        return nodes.get(n - 1);
    }

    /** Where browsers and agents connect: HAProxy. */
    URL balancer() {
        try {
            return balancer.base().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    ThrowawayPostgres database() {
        return database;
    }

    private void stopProcesses() {
        nodes.parallelStream().forEach(RelayProcess::close);
        if (balancer != null) {
            balancer.close();
        }
    }

    @Override
    public void close() {
        try (database) {
            stopProcesses();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException exiting) {
                // the hook is running or has run: it did the same
            }
        }
    }
}
