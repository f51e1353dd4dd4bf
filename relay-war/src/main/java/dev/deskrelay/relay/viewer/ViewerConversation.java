package dev.deskrelay.relay.viewer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.ProtocolViolation;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.ViewerToRelay;
import dev.deskrelay.relay.actions.PendingActions;
import dev.deskrelay.relay.connection.Conversation;
import dev.deskrelay.relay.connection.ConversationSocket;
import dev.deskrelay.relay.limits.PairingThrottle;
import dev.deskrelay.relay.pairing.ViewerAccess;
import dev.deskrelay.relay.routing.Peer;
import dev.deskrelay.relay.routing.Router;
import dev.deskrelay.relay.routing.ViewerSocket;

/**
 * One browser socket's side of the protocol: authenticate with a token or pair with a code, then
 * actions in and everything about its devices out, and unpair or revoke. Its grants are kept
 * here, in memory, and every action is checked against them; routing reaches it as a
 * {@link ViewerSocket} when the browser loses a device or its identity.
 */
public final class ViewerConversation implements Conversation<ViewerToRelay, RelayToViewer>, ViewerSocket {

    private static final Logger LOG = Logger.getLogger(ViewerConversation.class.getName());

    private final ConversationSocket<RelayToViewer> socket;
    private final Router router;
    private final PendingActions actions;
    private final PairingThrottle throttle;
    private final ViewerRelay relay;
    private volatile ViewerAccess access;

    public ViewerConversation(ConversationSocket<RelayToViewer> socket, Router router, PendingActions actions,
            PairingThrottle throttle, ViewerRelay relay) {
        this.socket = socket;
        this.router = router;
        this.actions = actions;
        this.throttle = throttle;
        this.relay = relay;
    }

    @Override
    public boolean authenticated() {
        return access != null;
    }

    @Override
    public void receive(ViewerToRelay message) {
        if (message instanceof ViewerToRelay.Ping) {
            socket.reply(new RelayToViewer.Pong());
        } else if (message instanceof ViewerToRelay.Pair pair) {
            pair(pair.code());
        } else if (access == null) {
            authenticate(message);
        } else if (message instanceof ViewerToRelay.Action action) {
            act(action);
        } else if (message instanceof ViewerToRelay.Unpair unpair) {
            requireGrant(unpair.deviceId());
            relay.unpair(access.viewerId(), unpair.deviceId());
        } else if (message instanceof ViewerToRelay.Revoke) {
            relay.revoke(access.viewerId());
        } else {
            throw new ProtocolViolation(ErrorCode.ALREADY_AUTHENTICATED, "this connection is already authenticated");
        }
    }

    @Override
    public void closed() {
        if (access != null) {
            router.viewerClosed(this, access.deviceIds());
            actions.viewerGone(socket);
        }
    }

    @Override
    public Optional<RelayToViewer> error(ProtocolViolation violation) {
        return Optional.of(RelayToViewer.Error.of(violation));
    }

    @Override
    public String viewerId() {
        return access.viewerId();
    }

    @Override
    public Peer peer() {
        return socket;
    }

    @Override
    public synchronized void lose(String deviceId, RelayToViewer notice) {
        access = access.without(deviceId);
        router.detachViewer(this, List.of(deviceId));
        socket.reply(notice);
    }

    @Override
    public void revoked() {
        socket.close(CloseCode.REVOKED.reason());
    }

    private void authenticate(ViewerToRelay message) {
        if (!(message instanceof ViewerToRelay.Authenticate credential)) {
            throw new ProtocolViolation(ErrorCode.NOT_AUTHENTICATED, "send authenticate or pair first");
        }
        relay.authenticate(credential.token()).ifPresentOrElse(granted -> {
            requireRoom(granted.deviceIds());
            welcome(granted, granted.deviceIds(),
                    () -> new RelayToViewer.Authenticated(relay.summaries(granted.deviceIds())));
        }, () -> socket.replyAndClose(RelayToViewer.Error.of(ErrorCode.BAD_TOKEN,
                "this browser's access is unknown or was revoked: pair again"), CloseCode.AUTH_FAILED));
    }

    /** A code is a credential too: on a fresh socket it creates this browser's identity. */
    private void pair(String code) {
        String deviceId = throttle.attempt(socket.address(), () -> relay.redeem(code));
        requireRoom(List.of(deviceId));
        final String newToken;
        final ViewerAccess granted;
        if (access == null) {
            var issued = relay.createWithGrant(deviceId);
            newToken = issued.token();
            granted = issued.access();
        } else {
            newToken = null;
            granted = relay.grant(access.viewerId(), deviceId);
        }
        welcome(granted, List.of(deviceId),
                () -> new RelayToViewer.Paired(newToken, relay.summaries(List.of(deviceId)).get(0)));
        LOG.info(() -> "viewer " + access.viewerId() + " paired device " + deviceId);
    }

    /**
     * Attaches before the answer is made, so no presence change falls between the two, and holds
     * routed messages back until the answer and what the relay knows of the new devices are sent.
     */
    private void welcome(ViewerAccess granted, Collection<String> newDevices, Supplier<RelayToViewer> answer) {
        socket.answerFirst(() -> {
            access = granted;
            router.attachViewer(this, granted.deviceIds());
            socket.reply(answer.get());
            router.catchUp(socket, newDevices);
        });
    }

    /** The cap on viewer sockets per device; nothing is granted or attached when it is reached. */
    private void requireRoom(Collection<String> deviceIds) {
        int cap = relay.maxViewersPerDevice();
        if (deviceIds.stream().anyMatch(deviceId -> router.viewerCount(deviceId) >= cap)) {
            throw new ProtocolViolation(ErrorCode.TOO_MANY_CONNECTIONS,
                    "a device has " + cap + " viewer connections already: close one first");
        }
    }

    private void requireGrant(String deviceId) {
        if (!access.mayReach(deviceId)) {
            throw new ProtocolViolation(ErrorCode.NOT_GRANTED, "this browser was not granted that device");
        }
    }

    private void act(ViewerToRelay.Action action) {
        if (access.mayReach(action.deviceId())) {
            actions.submit(socket, action);
        } else {
            socket.reply(RelayToViewer.ActionResult.failed(action.id(), action.deviceId(), ErrorCode.NOT_GRANTED,
                    "this browser was not granted that device"));
        }
    }
}
