package dev.deskrelay.bench.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes one agent's samples: values that wander the way a busy desktop's do (so the relay's JSON
 * and history see varied numbers, not one cached text), stamped and tagged as
 * {@link TelemetrySample} describes.
 */
public final class SampleMaker {

    public static final int CORES = 8;
    public static final long MEMORY_TOTAL = 16L << 30;
    /** memory.used is this plus the agent's number. */
    static final long MEMORY_BASE = 6L << 30;
    static final long SWAP_TOTAL = 2L << 30;

    private final int agent;
    private final Random random;
    private double cpu;

    public SampleMaker(int agent, long seed) {
        this.agent = agent;
        this.random = new Random(seed);
        this.cpu = 5 + random.nextDouble() * 30;
    }

    public TelemetrySample next(long stamp) {
        cpu = Math.max(0, Math.min(100, cpu + random.nextGaussian() * 4));
        var cores = new ArrayList<Double>(CORES);
        for (int i = 0; i < CORES; i++) {
            cores.add(tenth(Math.max(0, Math.min(100, cpu + random.nextGaussian() * 10))));
        }
        double load = cpu / 100 * CORES;
        return new TelemetrySample(tenth(cpu), cores, List.of(hundredth(load), hundredth(load * 0.9), hundredth(load * 0.8)),
                MEMORY_BASE + agent, MEMORY_TOTAL, 64L << 20, SWAP_TOTAL,
                List.of(new TelemetrySample.InterfaceRate("eth0", tenth(random.nextDouble() * 250_000), tenth(random.nextDouble() * 40_000)),
                        new TelemetrySample.InterfaceRate("wlan0", tenth(random.nextDouble() * 2_000), tenth(random.nextDouble() * 500))),
                stamp);
    }

    /** The agent number a sample's memory.used carries. */
    public static long agentOf(long memoryUsed) {
        return memoryUsed - MEMORY_BASE;
    }

    private static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double hundredth(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
