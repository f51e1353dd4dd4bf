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

    public void online(String deviceId) {
        announce(deviceId, true);
    }

    public void offline(String deviceId) {
        announce(deviceId, false);
    }

    public List<DeviceSummary> summaries(Collection<String> deviceIds) {
        long now = clock.millis();
        return devices.findAll(deviceIds).stream().map(device -> summary(device, now)).toList();
    }

    public DeviceSummary summary(String deviceId) {
        return summaries(List.of(deviceId)).get(0);
    }

    private DeviceSummary summary(Device device, long now) {
        boolean online = router.isOnline(device.id());
        return new DeviceSummary(device.id(), device.name(), online, online ? now : device.lastSeen());
    }

    private void announce(String deviceId, boolean online) {
        long now = clock.millis();
        devices.seen(deviceId, now);
        router.toViewers(deviceId, new RelayToViewer.Presence(deviceId, online, now));
    }
}
