package dev.deskrelay.agent.telemetry;

import java.util.ArrayList;
import java.util.List;

import oshi.hardware.CentralProcessor;

/**
 * CPU usage over the time between two samples, for the system and per logical core. OSHI's ticks
 * count from boot, so the usage is the share of busy ticks in the difference, never the average
 * since boot.
 */
final class CpuSampler {

    private final CentralProcessor processor;
    private long[] previousTicks;
    private long[][] previousCoreTicks;

    CpuSampler(CentralProcessor processor) {
        this.processor = processor;
        this.previousTicks = processor.getSystemCpuLoadTicks();
        this.previousCoreTicks = processor.getProcessorCpuLoadTicks();
    }

    /** @return the usage since the previous sample, or since construction */
    CpuUsage sample() {
        long[] ticksBefore = previousTicks;
        long[][] coreTicksBefore = previousCoreTicks;
        // kept before computing: if a core came or went, OSHI refuses this pair, but the next one works
        previousTicks = processor.getSystemCpuLoadTicks();
        previousCoreTicks = processor.getProcessorCpuLoadTicks();

        double[] coreLoads = processor.getProcessorCpuLoadBetweenTicks(coreTicksBefore, previousCoreTicks);
        List<Double> cores = new ArrayList<>(coreLoads.length);
        for (double load : coreLoads) {
            cores.add(percent(load));
        }
        return new CpuUsage(percent(processor.getSystemCpuLoadBetweenTicks(ticksBefore, previousTicks)), cores);
    }

    private static double percent(double load) {
        // no ticks between two quick samples gives NaN on some platforms
        return Double.isNaN(load) ? 0 : Math.max(0, Math.min(100, load * 100));
    }
}
