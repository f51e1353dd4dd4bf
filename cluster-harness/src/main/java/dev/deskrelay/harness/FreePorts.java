package dev.deskrelay.harness;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * Free loopback ports for servers a test or a benchmark starts, below Linux's ephemeral range
 * (32768 and up). The system gives the local ports of outgoing connections from that range, the
 * servers' own among them: a port picked there (as {@code new ServerSocket(0)} does) could be
 * taken by one of them before the server meant for it binds it.
 */
public final class FreePorts {

    static final int LOWEST = 20_000;
    /** Exclusive; a little short of 32768, where the ephemeral range starts. */
    static final int HIGHEST = 32_000;
    private static final int ATTEMPTS = 100;
    /**
     * Every port handed out in this JVM, never handed out again: a server binds its port seconds
     * after it was picked (a relay node's as it starts), and until then the port looks free to the
     * next caller too, say for another node's grid or HTTP port. Guarded by the class.
     */
    private static final Set<Integer> GIVEN = new HashSet<>();

    private FreePorts() {
    }

    /** One free port. */
    public static int one() {
        return consecutive(1);
    }

    /** The first of {@code count} free ports in a row, e.g. for grid members that may take the next ones. */
    public static synchronized int consecutive(int count) {
        int base = consecutive(count, port -> !GIVEN.contains(port) && free(port), ThreadLocalRandom.current());
        IntStream.range(base, base + count).forEach(GIVEN::add);
        return base;
    }

    static int consecutive(int count, IntPredicate free, RandomGenerator random) {
        if (count < 1 || count > HIGHEST - LOWEST) {
            throw new IllegalArgumentException("a count of ports from 1 to " + (HIGHEST - LOWEST) + ": " + count);
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int base = random.nextInt(LOWEST, HIGHEST - count + 1);
            if (IntStream.range(base, base + count).allMatch(free)) {
                return base;
            }
        }
        throw new IllegalStateException("no " + count + " free ports in a row from " + LOWEST + " to " + HIGHEST);
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
