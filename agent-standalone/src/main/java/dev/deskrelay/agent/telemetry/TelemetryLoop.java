package dev.deskrelay.agent.telemetry;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;

import dev.deskrelay.protocol.AgentToRelay;
import oshi.SystemInfo;

/**
 * Tells whoever is connected about the machine: what it is at once, its filesystems at once and
 * every 10 s, and a telemetry sample every interval. All of it runs on one daemon thread, so the
 * samplers need no locks.
 */
public final class TelemetryLoop {

    private static final Logger LOG = Logger.getLogger(TelemetryLoop.class.getName());
    private static final Duration FILESYSTEMS_PERIOD = Duration.ofSeconds(10);

    private final SystemInfo system;
    private final long intervalMillis;
    private final long filesystemsPeriodMillis;
    private final String agentVersion;
    private final MachineSampler machine;
    private final FilesystemSampler filesystems;
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "deskrelay-telemetry");
        thread.setDaemon(true);
        return thread;
    });

    public TelemetryLoop(SystemInfo system, Duration interval, String agentVersion) {
        this(system, interval, FILESYSTEMS_PERIOD, agentVersion);
    }

    TelemetryLoop(SystemInfo system, Duration interval, Duration filesystemsPeriod, String agentVersion) {
        this.system = system;
        this.intervalMillis = millis(interval, "telemetry interval");
        this.filesystemsPeriodMillis = millis(filesystemsPeriod, "filesystems period");
        this.agentVersion = agentVersion;
        this.machine = new MachineSampler(system);
        this.filesystems = new FilesystemSampler(system.getOperatingSystem().getFileSystem());
        // a connection that ends cancels its schedules; without this they would wait in the queue until due
        scheduler.setRemoveOnCancelPolicy(true);
    }

    /** @return cancel it when the connection ends: that stops everything this start scheduled */
    public Future<?> start(Consumer<AgentToRelay> sink) {
        // fixed delays: after a stall (a slow disk, a suspended laptop) the schedules resume spaced
        // out instead of catching up with a burst of near-empty deltas
        List<Future<?>> schedules = List.of(
                scheduler.submit(guarded("system info", () -> {
                    machine.restart();
                    sink.accept(new AgentToRelay.SystemInfo(SystemFactsReader.read(system, agentVersion)));
                })),
                scheduler.scheduleWithFixedDelay(
                        guarded("filesystems", () -> sink.accept(new AgentToRelay.Filesystems(filesystems.sample()))),
                        0, filesystemsPeriodMillis, TimeUnit.MILLISECONDS),
                scheduler.scheduleWithFixedDelay(
                        guarded("telemetry", () -> sink.accept(new AgentToRelay.Telemetry(machine.sample()))),
                        intervalMillis, intervalMillis, TimeUnit.MILLISECONDS));
        CompletableFuture<Void> connection = new CompletableFuture<>();
        connection.whenComplete((ignored, cancellation) -> schedules.forEach(schedule -> schedule.cancel(false)));
        return connection;
    }

    private static long millis(Duration period, String what) {
        if (period.toMillis() <= 0) {
            throw new IllegalArgumentException("the " + what + " must be at least a millisecond, not " + period);
        }
        return period.toMillis();
    }

    private static Runnable guarded(String what, Runnable task) {
        return () -> {
            // an exception would silently end a periodic schedule
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warning("cannot send " + what + ": " + e);
            }
        };
    }
}
