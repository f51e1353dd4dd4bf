package dev.deskrelay.protocol;

import java.util.List;

/**
 * One telemetry sample, computed from the deltas since the previous one. Only {@code cpu} is
 * required; the rest is absent where a machine can't tell (no load average on Windows, no swap).
 *
 * @param cpu     system CPU usage, percent of all cores
 * @param cores   usage per logical core, percent
 * @param load    load average over 1, 5 and 15 minutes
 * @param memory  physical memory in bytes
 * @param swap    swap in bytes
 * @param network receive and send rates per interface, loopback left out
 * @param uptime  seconds since the machine booted
 */
public record Sample(Double cpu, List<Double> cores, List<Double> load, Usage memory, Usage swap,
        List<InterfaceRate> network, Long uptime) {

    public static final int MAX_LIST = 256;

    public Sample {
        Require.percent(cpu, "cpu");
        Require.atMost(cores, MAX_LIST, "cores").forEach(core -> Require.percent(core, "cores[]"));
        if (load != null && load.size() != 3) {
            throw new IllegalArgumentException("load must hold the 1, 5 and 15 minute averages");
        }
        Require.atMost(network, MAX_LIST, "network");
    }

    public static Sample cpuOnly(double cpu) {
        return new Sample(cpu, null, null, null, null, null, null);
    }
}
