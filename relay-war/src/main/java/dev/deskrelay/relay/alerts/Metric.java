package dev.deskrelay.relay.alerts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.deskrelay.protocol.FilesystemUsage;
import dev.deskrelay.protocol.InterfaceRate;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.protocol.Usage;

/**
 * What a rule watches. {@link #read} runs on every sample of every device with rules, so it walks
 * the sample's lists by index and returns a primitive: no iterator, stream or box per sample.
 */
public enum Metric {

    /** Percent of all cores. */
    CPU_TOTAL("cpu", "%"),
    MEMORY_PERCENT("memory", "%"),
    SWAP_PERCENT("swap", "%"),
    /**
     * Used percent of a filesystem. Filesystems come in their own, rarer message, not in a
     * {@link Sample}, so {@link #read} has nothing for it.
     */
    FILESYSTEM_PERCENT("filesystem", "%"),
    /** The 1-minute load average divided by the logical cores: 1.0 means every core busy. */
    LOAD_PER_CORE("load_per_core", ""),
    /** Bytes per second, all interfaces together. */
    NET_RECEIVE_BYTES("net_rx", "B/s"),
    NET_SEND_BYTES("net_tx", "B/s");

    /**
     * A rule's metric that no sample carries: the device's presence. Offline rules are evaluated
     * by presence, not here, so it is a wire name and not a constant of this enum.
     */
    public static final String OFFLINE = "offline";

    private final String wire;
    private final String unit;

    Metric(String wire, String unit) {
        this.wire = wire;
        this.unit = unit;
    }

    /** The name rules and alerts use on the API and in notices. */
    public String wire() {
        return wire;
    }

    /** {@code %}, {@code B/s}, or empty for a ratio. */
    public String unit() {
        return unit;
    }

    /** The metric a wire name names, or empty for {@link #OFFLINE} and anything unknown. */
    public static Optional<Metric> ofWire(String wire) {
        return Arrays.stream(values()).filter(metric -> metric.wire.equals(wire)).findFirst();
    }

    /** The unit of a wire name's values: none for {@link #OFFLINE}. */
    public static String unitOf(String wire) {
        return ofWire(wire).map(Metric::unit).orElse("");
    }

    /**
     * Used percent of a filesystem from a {@code filesystems} report: the one mounted at {@code mount},
     * or with {@code mount} null or {@code *} the fullest. NaN when there is no such filesystem.
     */
    public static double readFilesystem(List<FilesystemUsage> filesystems, String mount) {
        boolean any = mount == null || "*".equals(mount);
        double fullest = Double.NaN;
        for (int i = 0; i < filesystems.size(); i++) {
            FilesystemUsage filesystem = filesystems.get(i);
            if (any || mount.equals(filesystem.mount())) {
                double used = percent(filesystem.space());
                if (!Double.isNaN(used) && !(used <= fullest)) {
                    fullest = used;
                }
            }
        }
        return fullest;
    }

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
