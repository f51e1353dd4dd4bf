package dev.deskrelay.relay.telemetry;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.deskrelay.protocol.FilesystemUsage;
import dev.deskrelay.protocol.HistoryPoint;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.protocol.SystemFacts;
import dev.deskrelay.relay.MemoryTimers;
import dev.deskrelay.relay.routing.DeviceMemory;
import dev.deskrelay.relay.routing.Router;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Forwards reports to a device's viewers, and keeps for newcomers the latest system facts and
 * filesystems of every device seen since the relay started, and the recent telemetry
 * ({@link TelemetryHistory}) of every device that reported within the page's chart window.
 */
@ApplicationScoped
public class DeviceReports implements DeviceMemory {

    /** As long as the page's charts reach back (src-web/series.js). */
    static final Duration CHART_WINDOW = Duration.ofMinutes(5);

    private final Map<String, RelayToViewer.SystemInfo> systems = new ConcurrentHashMap<>();
    private final Map<String, RelayToViewer.Filesystems> filesystems = new ConcurrentHashMap<>();
    private final Map<String, TelemetryHistory> histories = new ConcurrentHashMap<>();
    private ScheduledFuture<?> sweeps;

    @Inject
    Router router;
    @Inject
    TelemetryWatch watch;
    @Inject
    Clock clock;
    @Inject
    @MemoryTimers
    ScheduledExecutorService timers;
    @Inject
    @ConfigProperty(name = "deskrelay.history-samples", defaultValue = "300")
    int historySamples;

    @PostConstruct
    void start() {
        sweeps = timers.scheduleWithFixedDelay(this::dropUnshownHistories, 1, 1, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        sweeps.cancel(false);
    }

    public void sample(String deviceId, Sample sample) {
        long at = histories.computeIfAbsent(deviceId, id -> new TelemetryHistory(historySamples))
                .record(clock.millis(), sample);
        router.latestToViewers(deviceId, new RelayToViewer.Telemetry(deviceId, at, sample));
        watch.sample(deviceId, sample, at);
    }

    public void system(String deviceId, SystemFacts facts) {
        var message = new RelayToViewer.SystemInfo(deviceId, facts);
        systems.put(deviceId, message);
        router.toViewers(deviceId, message);
    }

    public void filesystems(String deviceId, List<FilesystemUsage> usage) {
        var message = new RelayToViewer.Filesystems(deviceId, clock.millis(), usage);
        filesystems.put(deviceId, message);
        router.toViewers(deviceId, message);
        watch.filesystems(deviceId, usage, message.at());
    }

    public void forget(String deviceId) {
        systems.remove(deviceId);
        filesystems.remove(deviceId);
        histories.remove(deviceId);
    }

    /**
     * The page charts the last {@link #CHART_WINDOW}: the history of a device silent for longer has
     * nothing left to show, and would otherwise stay (about 12 KB a device) until the relay restarts.
     */
    void dropUnshownHistories() {
        long cutoff = clock.millis() - CHART_WINDOW.toMillis();
        histories.values().removeIf(history -> history.newestBefore(cutoff));
    }

    /**
     * The device's samples of the last {@link #CHART_WINDOW}, oldest first: what an alert keeps of
     * the minutes before it fired. Empty when the device did not report in that time.
     */
    public List<HistoryPoint> recent(String deviceId) {
        TelemetryHistory history = histories.get(deviceId);
        if (history == null) {
            return List.of();
        }
        long cutoff = clock.millis() - CHART_WINDOW.toMillis();
        return history.points().stream().filter(point -> point.at() >= cutoff).toList();
    }

    /** The device's last filesystems report since the relay started (agents send them rarely, so no history). */
    public Optional<RelayToViewer.Filesystems> lastFilesystems(String deviceId) {
        return Optional.ofNullable(filesystems.get(deviceId));
    }

    /** What a viewer that just started watching these devices needs to be up to date. */
    @Override
    public List<RelayToViewer> known(Collection<String> deviceIds) {
        return deviceIds.stream()
                .flatMap(deviceId -> Stream.<RelayToViewer>of(systems.get(deviceId), filesystems.get(deviceId),
                        history(deviceId)))
                .filter(Objects::nonNull)
                .toList();
    }

    private RelayToViewer.History history(String deviceId) {
        TelemetryHistory history = histories.get(deviceId);
        return history == null ? null : new RelayToViewer.History(deviceId, history.points());
    }
}
