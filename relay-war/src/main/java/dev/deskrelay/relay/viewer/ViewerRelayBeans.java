package dev.deskrelay.relay.viewer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.deskrelay.protocol.DeviceSummary;
import dev.deskrelay.relay.pairing.PairingCodes;
import dev.deskrelay.relay.pairing.ViewerAccess;
import dev.deskrelay.relay.pairing.Viewers;
import dev.deskrelay.relay.presence.DevicePresence;
import dev.deskrelay.relay.revocation.Revocations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The container's beans and settings as a viewer's conversation uses them. */
@ApplicationScoped
public class ViewerRelayBeans implements ViewerRelay {

    @Inject
    Viewers viewers;
    @Inject
    PairingCodes pairingCodes;
    @Inject
    DevicePresence presence;
    @Inject
    Revocations revocations;
    @Inject
    @ConfigProperty(name = "deskrelay.max-viewers-per-device", defaultValue = "20")
    int maxViewersPerDevice;

    @Override
    public Optional<ViewerAccess> authenticate(String token) {
        return viewers.authenticate(token);
    }

    @Override
    public String redeem(String code) {
        return pairingCodes.redeem(code);
    }

    @Override
    public Viewers.IssuedToken createWithGrant(String deviceId) {
        return viewers.createWithGrant(deviceId);
    }

    @Override
    public ViewerAccess grant(String viewerId, String deviceId) {
        return viewers.grant(viewerId, deviceId);
    }

    @Override
    public List<DeviceSummary> summaries(Collection<String> deviceIds) {
        return presence.summaries(deviceIds);
    }

    @Override
    public void unpair(String viewerId, String deviceId) {
        revocations.unpair(viewerId, deviceId);
    }

    @Override
    public void revoke(String viewerId) {
        revocations.revoke(viewerId);
    }

    @Override
    public int maxViewersPerDevice() {
        return maxViewersPerDevice;
    }
}
