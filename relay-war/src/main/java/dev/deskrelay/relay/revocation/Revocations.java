package dev.deskrelay.relay.revocation;

import java.util.logging.Logger;

import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.relay.pairing.Devices;
import dev.deskrelay.relay.pairing.Viewers;
import dev.deskrelay.relay.routing.Router;
import dev.deskrelay.relay.telemetry.DeviceReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class Revocations {

    private static final Logger LOG = Logger.getLogger(Revocations.class.getName());

    @Inject
    Viewers viewers;
    @Inject
    Devices devices;
    @Inject
    Router router;
    @Inject
    DeviceReports reports;

    /** The browser gives up the device on all its sockets. */
    public void unpair(String viewerId, String deviceId) {
        viewers.ungrant(viewerId, deviceId);
        router.lose(viewerId, deviceId, new RelayToViewer.Unpaired(deviceId));
        LOG.info(() -> "viewer " + viewerId + " unpaired device " + deviceId);
    }

    /** The browser's token stops working; all its sockets are closed with 4003. */
    public void revoke(String viewerId) {
        viewers.revoke(viewerId);
        router.revoke(viewerId);
        LOG.info(() -> "viewer " + viewerId + " was revoked");
    }

    /**
     * The device and every grant on it are deleted; its viewers are told and stop holding it, and
     * its agent's sockets are closed with 4004.
     */
    public void removeDevice(String deviceId) {
        var holders = viewers.holding(deviceId);
        devices.remove(deviceId);
        reports.forget(deviceId);
        var notice = new RelayToViewer.DeviceRemoved(deviceId);
        holders.forEach(viewerId -> router.lose(viewerId, deviceId, notice));
        router.closeAgent(deviceId, CloseCode.DEVICE_REMOVED.reason());
        LOG.info(() -> "device " + deviceId + " was removed");
    }
}
