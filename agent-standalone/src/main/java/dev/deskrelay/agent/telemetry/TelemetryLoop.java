package dev.deskrelay.agent.telemetry;

import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.Sample;

/** Samples the machine once a second and hands each sample to whoever is connected. */
public final class TelemetryLoop {

    private static final Logger LOG = Logger.getLogger(TelemetryLoop.class.getName());
    private static final long PERIOD_MILLIS = 1000;

    private final CpuSampler cpu;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    public TelemetryLoop(CpuSampler cpu) {
        this.cpu = cpu;
    }

    /** @return cancel it when the connection ends */
    public Future<?> start(Consumer<AgentToRelay.Telemetry> sink) {
        return scheduler.scheduleAtFixedRate(() -> tick(sink), PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void tick(Consumer<AgentToRelay.Telemetry> sink) {
        // an exception would silently end a fixed-rate schedule
        try {
            sink.accept(new AgentToRelay.Telemetry(Sample.cpuOnly(cpu.sample())));
        } catch (RuntimeException e) {
            LOG.warning("cannot send telemetry: " + e);
        }
    }
}
