package dev.deskrelay.relay.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

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
    private final int basePort = freePort();
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

    /** As kill -9: no goodbye to the others. */
    static void kill(HazelcastInstance member) {
        member.getLifecycleService().terminate();
    }

    static UUID uuid(HazelcastInstance member) {
        return member.getCluster().getLocalMember().getUuid();
    }

    @Override
    public void close() {
        members.forEach(member -> member.getLifecycleService().terminate());
    }

    /**
     * A free port with the next few, which Hazelcast may take for the other members. Below
     * Linux's ephemeral range (32768 and up), from which the system gives the local ports of
     * outgoing connections, the members' own among them: a port picked there could be taken by
     * one of them before the member meant for it binds it.
     */
    private static int freePort() {
        var random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = random.nextInt(20_000, 32_000);
            if (IntStream.range(base, base + PORTS).allMatch(GridMembers::free)) {
                return base;
            }
        }
        throw new IllegalStateException("no " + PORTS + " free ports in a row from 20000 to 32000");
    }

    private static boolean free(int port) {
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
