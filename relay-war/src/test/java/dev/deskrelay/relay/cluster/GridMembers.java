package dev.deskrelay.relay.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import dev.deskrelay.harness.FreePorts;

/**
 * Real Hazelcast members in this JVM, joined over loopback TCP on free ports, for unit tests: no
 * multicast, a cluster name of their own, and a short heartbeat timeout. Closing it terminates
 * every member still running.
 */
final class GridMembers implements AutoCloseable {

    private static final int PORTS = 4;
    /** Held, so the level stays: a member's start and stop are two screens of INFO each. */
    private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast");

    static {
        HAZELCAST_LOG.setLevel(Level.WARNING);
    }

    private final String clusterName = "deskrelay-test-" + UUID.randomUUID();
    /** The next few, which Hazelcast may take for the other members, are free too. */
    private final int basePort = FreePorts.consecutive(PORTS);
    private final List<HazelcastInstance> members = new ArrayList<>();

    HazelcastInstance start() {
        Config config = new Config().setClusterName(clusterName);
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "5");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.getNetworkConfig().setPort(basePort).setPortAutoIncrement(true).setPortCount(PORTS);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        for (int port = basePort; port < basePort + PORTS; port++) {
            join.getTcpIpConfig().addMember("127.0.0.1:" + port);
        }
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        members.add(member);
        return member;
    }

    /**
     * As kill -9: no goodbye to the others. It waits first until every partition has its backup,
     * because a member killed while the grid still migrates to a newcomer takes with it entries
     * no one holds a copy of yet, and these tests check what the survivors do with the copies.
     */
    static void kill(HazelcastInstance member) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!member.getPartitionService().isClusterSafe()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the grid did not finish migrating in 30 s");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        member.getLifecycleService().terminate();
    }

    static UUID uuid(HazelcastInstance member) {
        return member.getCluster().getLocalMember().getUuid();
    }

    @Override
    public void close() {
        members.forEach(member -> member.getLifecycleService().terminate());
    }
}
