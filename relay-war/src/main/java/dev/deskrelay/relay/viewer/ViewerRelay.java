package dev.deskrelay.relay.viewer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.deskrelay.protocol.DeviceSummary;
import dev.deskrelay.protocol.ProtocolViolation;
import dev.deskrelay.relay.pairing.ViewerAccess;
import dev.deskrelay.relay.pairing.Viewers;

/**
 * What a viewer's conversation asks of the relay besides routing, actions and the pairing
 * throttle: the database's viewers, grants and codes, presence, and revocation. An interface so
 * the conversation is tested without the container; {@link ViewerRelayBeans} is the container's.
 */
public interface ViewerRelay {

    Optional<ViewerAccess> authenticate(String token);

    /**
     * @return the device the code grants; the code is used up
     * @throws ProtocolViolation {@code bad_code} or {@code code_expired}
     */
    String redeem(String code);

    /** A new browser identity holding the device. */
    Viewers.IssuedToken createWithGrant(String deviceId);

    ViewerAccess grant(String viewerId, String deviceId);

    List<DeviceSummary> summaries(Collection<String> deviceIds);

    /** The browser gives up the device on all its sockets. */
    void unpair(String viewerId, String deviceId);

    /** The browser's token stops working; all its sockets are closed. */
    void revoke(String viewerId);

    /** The cap on viewer sockets per device on this relay. */
    int maxViewersPerDevice();
}
