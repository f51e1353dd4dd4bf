package dev.deskrelay.relay.viewer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.deskrelay.protocol.DeviceSummary;
import dev.deskrelay.protocol.ProtocolViolation;
import dev.deskrelay.relay.access.ViewerAccess;
import dev.deskrelay.relay.audit.Audited;

/**
 * What a viewer's conversation asks of the relay besides routing, actions and the pairing
 * throttle: accounts, links and browser tokens, holdings and codes, presence, revocation and the
 * audit log. An interface so the conversation is tested without the container;
 * {@link ViewerRelayBeans} is the container's.
 */
public interface ViewerRelay {

    /** An API token ({@code t-…}), a share link ({@code l-…}) or a browser token from before accounts ({@code v-…}). */
    Optional<ViewerAccess> authenticate(String token);

    /** What the signed-in account holds. */
    ViewerAccess account(String accountId);

    /**
     * @return the device the code grants; the code is used up
     * @throws ProtocolViolation {@code bad_code} or {@code code_expired}
     */
    String redeem(String code);

    /** The viewer becomes an owner of the device. @return what it holds now */
    ViewerAccess pair(ViewerAccess viewer, String deviceId);

    List<DeviceSummary> summaries(Collection<String> deviceIds);

    /** The viewer gives up the device on all its sockets (its last owner: with every share of it). */
    void unpair(ViewerAccess viewer, String deviceId);

    /** A browser token stops working; all its sockets are closed. */
    void revoke(String viewerId);

    /** The cap on viewer sockets per device on this relay. */
    int maxViewersPerDevice();

    void record(Audited event);
}
