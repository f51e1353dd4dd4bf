package dev.deskrelay.relay.telemetry;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.deskrelay.protocol.FilesystemUsage;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.protocol.SystemFacts;
import dev.deskrelay.protocol.WireFormat;
import dev.deskrelay.relay.routing.Peer;
import dev.deskrelay.relay.routing.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Forwards reports to a device's viewers; system facts and filesystems are also kept for newcomers. */
@ApplicationScoped
public class DeviceReports {

    private final Map<String, RelayToViewer.SystemInfo> systems = new ConcurrentHashMap<>();
    private final Map<String, RelayToViewer.Filesystems> filesystems = new ConcurrentHashMap<>();
    private final WireFormat<RelayToViewer> toViewers = new WireFormat<>(RelayToViewer.class);

    @Inject
    Router router;
    @Inject
    Clock clock;

    public void sample(String deviceId, Sample sample) {
        router.toViewers(deviceId, new RelayToViewer.Telemetry(deviceId, clock.millis(), sample));
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

    /** Brings a viewer that just started watching these devices up to date. */
    public void replayTo(Peer viewer, Collection<String> deviceIds) {
        for (String deviceId : deviceIds) {
            send(viewer, systems.get(deviceId));
            send(viewer, filesystems.get(deviceId));
        }
    }

    private void send(Peer viewer, RelayToViewer known) {
        if (known != null) {
            viewer.send(toViewers.write(known));
        }
    }
}
