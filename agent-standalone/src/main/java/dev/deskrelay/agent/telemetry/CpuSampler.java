package dev.deskrelay.agent.telemetry;

import oshi.hardware.CentralProcessor;

/**
 * System CPU usage over the time between two samples. OSHI's ticks count from boot, so the usage
 * is the share of busy ticks in the difference, never the average since boot.
 */
public final class CpuSampler {

    private final CentralProcessor processor;
    private long[] previousTicks;

    public CpuSampler(CentralProcessor processor) {
        this.processor = processor;
        this.previousTicks = processor.getSystemCpuLoadTicks();
    }

    /** @return percent (0 to 100) of the time since the previous sample, or since construction */
    public synchronized double sample() {
        long[] ticks = processor.getSystemCpuLoadTicks();
        double load = processor.getSystemCpuLoadBetweenTicks(previousTicks, ticks);
        previousTicks = ticks;
        return percent(load);
    }

    private static double percent(double load) {
        // no ticks between two quick samples gives NaN on some platforms
        return Double.isNaN(load) ? 0 : Math.max(0, Math.min(100, load * 100));
    }
}
