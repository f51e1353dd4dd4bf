package dev.deskrelay.relay.presence;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import dev.deskrelay.protocol.DeviceSummary;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.relay.pairing.Device;
import dev.deskrelay.relay.pairing.Devices;
import dev.deskrelay.relay.routing.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class DevicePresence {

    @Inject
    Devices devices;
    @Inject
    Router router;
    @Inject
    Clock clock;
    @Inject
    PresenceWatch watch;

    /**
     * Writes nothing: while the device is online {@link LastSeenSweep} keeps its {@code lastSeen},
     * so the agents of a lost cluster node, reconnecting all at once to the others, cost the
     * database nothing here (they used to wait for the connection pool, and time out in it).
     */
    public void online(String deviceId) {
        router.toViewers(deviceId, new RelayToViewer.Presence(deviceId, true, clock.millis()));
        watch.online(deviceId);
    }

    /** The viewers and the watch are told first: a database that is slow or failing must not hold that up. */
    public void offline(String deviceId) {
        long now = clock.millis();
        router.toViewers(deviceId, new RelayToViewer.Presence(deviceId, false, now));
        watch.offline(deviceId);
        devices.seen(deviceId, now);
    }

    public List<DeviceSummary> summaries(Collection<String> deviceIds) {
        long now = clock.millis();
        return devices.findAll(deviceIds).stream().map(device -> summary(device, now)).toList();
    }

    private DeviceSummary summary(Device device, long now) {
        boolean online = router.isOnline(device.id());
        return new DeviceSummary(device.id(), device.name(), online, online ? now : device.lastSeen(), null);
    }
}
