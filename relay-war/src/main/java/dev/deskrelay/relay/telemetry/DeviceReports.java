package dev.deskrelay.relay.telemetry;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import dev.deskrelay.protocol.FilesystemUsage;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.protocol.SystemFacts;
import dev.deskrelay.relay.routing.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Forwards reports to a device's viewers; system facts and filesystems are also kept for newcomers. */
@ApplicationScoped
public class DeviceReports {

    private final Map<String, RelayToViewer.SystemInfo> systems = new ConcurrentHashMap<>();
    private final Map<String, RelayToViewer.Filesystems> filesystems = new ConcurrentHashMap<>();

    @Inject
    Router router;
    @Inject
    Clock clock;

    public void sample(String deviceId, Sample sample) {
        router.latestToViewers(deviceId, new RelayToViewer.Telemetry(deviceId, clock.millis(), sample));
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
    }

    /** What a viewer that just started watching these devices needs to be up to date. */
    public List<RelayToViewer> known(Collection<String> deviceIds) {
        return deviceIds.stream()
                .flatMap(deviceId -> Stream.<RelayToViewer>of(systems.get(deviceId), filesystems.get(deviceId)))
                .filter(Objects::nonNull)
                .toList();
    }
}
