package dev.deskrelay.relay.telemetry;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.deskrelay.protocol.FilesystemUsage;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.protocol.SystemFacts;
import dev.deskrelay.relay.routing.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Forwards reports to a device's viewers, and keeps for newcomers the latest system facts and
 * filesystems and the recent telemetry ({@link TelemetryHistory}) of every device seen since the
 * relay started.
 */
@ApplicationScoped
public class DeviceReports {

    private final Map<String, RelayToViewer.SystemInfo> systems = new ConcurrentHashMap<>();
    private final Map<String, RelayToViewer.Filesystems> filesystems = new ConcurrentHashMap<>();
    private final Map<String, TelemetryHistory> histories = new ConcurrentHashMap<>();

    @Inject
    Router router;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "deskrelay.history-samples", defaultValue = "300")
    int historySamples;

    public void sample(String deviceId, Sample sample) {
        long now = clock.millis();
        histories.computeIfAbsent(deviceId, id -> new TelemetryHistory(historySamples)).record(now, sample);
        router.latestToViewers(deviceId, new RelayToViewer.Telemetry(deviceId, now, sample));
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
    }

    public void forget(String deviceId) {
        systems.remove(deviceId);
        filesystems.remove(deviceId);
        histories.remove(deviceId);
    }

    /** What a viewer that just started watching these devices needs to be up to date. */
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
