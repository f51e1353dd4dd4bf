package dev.deskrelay.agent.telemetry;

import java.util.List;

import dev.deskrelay.protocol.Sample;
import dev.deskrelay.protocol.Usage;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;
import oshi.hardware.VirtualMemory;
import oshi.software.os.OperatingSystem;

/** One telemetry sample of the whole machine, covering the time since the previous one. */
final class MachineSampler {

    private final CentralProcessor processor;
    private final GlobalMemory memory;
    private final OperatingSystem os;
    private final CpuSampler cpu;
    private final NetworkSampler network;

    MachineSampler(SystemInfo system) {
        this.processor = system.getHardware().getProcessor();
        this.memory = system.getHardware().getMemory();
        this.os = system.getOperatingSystem();
        this.cpu = new CpuSampler(processor);
        this.network = new NetworkSampler(system.getHardware());
    }

    /** Starts the deltas afresh: the next sample covers one interval, not the time since the previous connection. */
    void restart() {
        cpu.sample();
        network.sample();
    }

    Sample sample() {
        CpuUsage usage = cpu.sample();
        // a partial list would look like a smaller machine, so cores beyond the protocol's limit mean none at all
        List<Double> cores = usage.cores().size() <= Sample.MAX_LIST ? usage.cores() : null;
        return new Sample(usage.total(), cores, LoadAverage.of(processor.getSystemLoadAverage(3)),
                ClampedUsage.of(memory.getTotal() - memory.getAvailable(), memory.getTotal()), swap(), network.sample(),
                os.getSystemUptime());
    }

    /** @return null without swap */
    private Usage swap() {
        VirtualMemory virtual = memory.getVirtualMemory();
        return virtual.getSwapTotal() == 0 ? null : ClampedUsage.of(virtual.getSwapUsed(), virtual.getSwapTotal());
    }
}
