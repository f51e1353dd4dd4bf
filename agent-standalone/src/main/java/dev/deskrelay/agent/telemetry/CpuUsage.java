package dev.deskrelay.agent.telemetry;

import java.util.List;

/** CPU usage in percent (0 to 100) over one interval: all cores together, and each logical core. */
record CpuUsage(double total, List<Double> cores) {
}
