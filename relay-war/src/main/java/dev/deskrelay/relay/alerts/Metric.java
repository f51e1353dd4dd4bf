package dev.deskrelay.relay.alerts;

import java.util.List;

import dev.deskrelay.protocol.InterfaceRate;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.protocol.Usage;

/**
 * What a rule watches. {@link #read} runs on every sample of every device with rules, so it walks
 * the sample's lists by index and returns a primitive: no iterator, stream or box per sample.
 */
public enum Metric {

    /** Percent of all cores. */
    CPU_TOTAL,
    MEMORY_PERCENT,
    SWAP_PERCENT,
    /**
     * Used percent of a filesystem. Filesystems come in their own, rarer message, not in a
     * {@link Sample}, so {@link #read} has nothing for it.
     */
    FILESYSTEM_PERCENT,
    /** The 1-minute load average divided by the logical cores: 1.0 means every core busy. */
    LOAD_PER_CORE,
    /** Bytes per second, all interfaces together. */
    NET_RECEIVE_BYTES,
    NET_SEND_BYTES;

    /** This metric's value in the sample, or NaN where the machine does not report it. */
    public double read(Sample sample) {
        return switch (this) {
            case CPU_TOTAL -> sample.cpu();
            case MEMORY_PERCENT -> percent(sample.memory());
            case SWAP_PERCENT -> percent(sample.swap());
            case FILESYSTEM_PERCENT -> Double.NaN;
            case LOAD_PER_CORE -> loadPerCore(sample.load(), sample.cores());
            case NET_RECEIVE_BYTES -> total(sample.network(), true);
            case NET_SEND_BYTES -> total(sample.network(), false);
        };
    }

    /** A machine without swap reports a total of 0: nothing used of nothing is no value, not 0 %. */
    private static double percent(Usage usage) {
        return usage == null || usage.total() == 0 ? Double.NaN
                : 100.0 * Math.min(usage.used(), usage.total()) / usage.total();
    }

    private static double loadPerCore(List<Double> load, List<Double> cores) {
        if (load == null || cores == null || cores.isEmpty() || load.get(0) == null) {
            return Double.NaN;
        }
        return load.get(0) / cores.size();
    }

    private static double total(List<InterfaceRate> network, boolean receive) {
        if (network == null) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < network.size(); i++) {
            InterfaceRate rate = network.get(i);
            sum += receive ? rate.rx() : rate.tx();
        }
        return sum;
    }
}
