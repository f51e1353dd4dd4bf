package dev.deskrelay.bench.relay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What this machine allows a run: open files per process (every socket is one, in the generator
 * and in the relay alike, which inherits the limit) and ephemeral ports per destination address.
 */
public final class HostLimits {

    /** What a Payara Micro with the relay holds open before any socket: its jars, logs and H2. */
    public static final int RELAY_BASE_FILES = 500;

    private HostLimits() {
    }

    /** What the generator holds open besides its sockets: the JDK's files, the selector, the report. */
    static final int GENERATOR_BASE_FILES = 300;

    /**
     * Refuses a run this machine can't hold, before anything starts: each of its sockets is an
     * open file in the generator, and again in the relay if the relay is started here (it inherits
     * this limit).
     */
    public static void requireRoomFor(int sockets, boolean relayHere) {
        long limit = openFiles();
        long needed = sockets + (relayHere ? RELAY_BASE_FILES : GENERATOR_BASE_FILES);
        if (limit >= 0 && needed > limit) {
            throw new IllegalArgumentException("a run of " + sockets + " sockets needs about " + needed
                    + " open files per process, and the limit is " + limit + " (ulimit -n): raise it or run fewer");
        }
    }

    /** The soft limit on open files of this process ({@code ulimit -n}), or -1 if unknown. */
    public static long openFiles() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
                if (line.startsWith("Max open files")) {
                    String soft = line.substring("Max open files".length()).trim().split("\\s+")[0];
                    return "unlimited".equals(soft) ? Long.MAX_VALUE : Long.parseLong(soft);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** How many ephemeral ports Linux hands out for one destination, from ip_local_port_range. */
    public static int ephemeralPorts() {
        try {
            String[] range = proc("/proc/sys/net/ipv4/ip_local_port_range").trim().split("\\s+");
            return Integer.parseInt(range[1]) - Integer.parseInt(range[0]) + 1;
        } catch (IOException | RuntimeException e) {
            return 28_232; // Linux's default range, 32768-60999
        }
    }

    public static String portRange() {
        try {
            return proc("/proc/sys/net/ipv4/ip_local_port_range").trim().replaceAll("\\s+", "-");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The 1-minute load average, to show what else the machine was doing. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(proc("/proc/loadavg").split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * A small /proc file in one read: sysctl files report size 0, and reading them a byte at a
     * time (as Files.readString does, for a size-0 file) ends after the first byte.
     */
    static String proc(String file) throws IOException {
        try (var in = Files.newInputStream(Path.of(file))) {
            return new String(in.readNBytes(4096));
        }
    }
}
