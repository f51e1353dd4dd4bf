package dev.deskrelay.relay.revocation;

import java.util.List;
import java.util.logging.Logger;

import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.relay.access.Holdings;
import dev.deskrelay.relay.access.ShareLinks;
import dev.deskrelay.relay.access.ViewerAccess;
import dev.deskrelay.relay.audit.Audited;
import dev.deskrelay.relay.pairing.Devices;
import dev.deskrelay.relay.pairing.Viewers;
import dev.deskrelay.relay.routing.Router;
import dev.deskrelay.relay.telemetry.DeviceReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** Taking access away, in the database and, at once, on every open socket of every relay. */
@ApplicationScoped
public class Revocations {

    private static final Logger LOG = Logger.getLogger(Revocations.class.getName());

    @Inject
    Viewers browsers;
    @Inject
    Holdings holdings;
    @Inject
    ShareLinks links;
    @Inject
    Devices devices;
    @Inject
    Router router;
    @Inject
    DeviceReports reports;
    @Inject
    Event<Audited> audit;

    /** The viewer gives up the device on all its sockets; its last owner takes every share with it. */
    public void unpair(ViewerAccess viewer, String deviceId) {
        List<String> losing = viewer.kind() == ViewerAccess.Kind.BROWSER
                ? ungrantBrowser(viewer.viewerId(), deviceId)
                : holdings.leave(viewer.viewerId(), deviceId);
        var notice = new RelayToViewer.Unpaired(deviceId);
        losing.forEach(viewerId -> router.lose(viewerId, deviceId, notice));
        LOG.info(() -> "viewer " + viewer.viewerId() + " unpaired device " + deviceId);
    }

    /** A share is taken back: the account's sockets lose the device at once. */
    public void unshare(String deviceId, String accountId) {
        if (holdings.unshare(deviceId, accountId)) {
            router.lose(accountId, deviceId, new RelayToViewer.Unpaired(deviceId));
        }
    }

    /** A browser token from before accounts stops working; all its sockets are closed with 4003. */
    public void revoke(String viewerId) {
        browsers.revoke(viewerId);
        router.revoke(viewerId);
        LOG.info(() -> "viewer " + viewerId + " was revoked");
    }

    /** The link stops working and every socket opened with it is closed with 4003. */
    public void revokeLink(String linkId) {
        links.revoke(linkId);
        router.revoke(linkId);
    }

    /**
     * The device, every hold, grant and link on it are deleted; its viewers are told and stop
     * holding it, link sockets on it are closed, and its agent's sockets are closed with 4004.
     * Each account that held it finds the removal in its audit log, since the device's own is
     * no longer anybody's to read.
     *
     * @param by who removed it, as the audit log says
     */
    public void removeDevice(String deviceId, String by) {
        var browsersHolding = browsers.holding(deviceId);
        var accountsHolding = holdings.holders(deviceId).keySet();
        devices.remove(deviceId);
        holdings.forgetDevice(deviceId);
        var linkIds = links.forgetDevice(deviceId);
        reports.forget(deviceId);
        var notice = new RelayToViewer.DeviceRemoved(deviceId);
        browsersHolding.forEach(viewerId -> router.lose(viewerId, deviceId, notice));
        accountsHolding.forEach(accountId -> router.lose(accountId, deviceId, notice));
        linkIds.forEach(router::revoke);
        router.closeAgent(deviceId, CloseCode.DEVICE_REMOVED.reason());
        accountsHolding.forEach(accountId ->
                audit.fire(new Audited("device_removed", accountId, by, deviceId, null, "ok", null)));
        LOG.info(() -> "device " + deviceId + " was removed");
    }

    private List<String> ungrantBrowser(String viewerId, String deviceId) {
        browsers.ungrant(viewerId, deviceId);
        return List.of(viewerId);
    }
}
