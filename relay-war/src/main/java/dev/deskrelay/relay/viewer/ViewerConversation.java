package dev.deskrelay.relay.viewer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.protocol.DeviceSummary;
import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.ProtocolViolation;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.ViewerToRelay;
import dev.deskrelay.relay.access.Role;
import dev.deskrelay.relay.access.ViewerAccess;
import dev.deskrelay.relay.actions.PendingActions;
import dev.deskrelay.relay.audit.Audited;
import dev.deskrelay.relay.connection.Conversation;
import dev.deskrelay.relay.connection.ConversationSocket;
import dev.deskrelay.relay.limits.PairingThrottle;
import dev.deskrelay.relay.routing.Peer;
import dev.deskrelay.relay.routing.Router;
import dev.deskrelay.relay.routing.ViewerSocket;

/**
 * One viewer socket's side of the protocol: authenticate (the signed-in session, an API token, a
 * share link, or a browser token from before accounts), then pairing, actions in and everything
 * about its devices out. Its roles are kept here, in memory, and every message is checked against
 * them; routing reaches it as a {@link ViewerSocket} when the viewer gains, loses or is revoked.
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
        } else if (access == null) {
            authenticate(message);
        } else if (message instanceof ViewerToRelay.Action action) {
            act(action);
        } else if (message instanceof ViewerToRelay.Pair pair) {
            require(access.kind() != ViewerAccess.Kind.LINK, "a share link only watches");
            pair(pair.code());
        } else if (message instanceof ViewerToRelay.Unpair unpair) {
            requireGrant(unpair.deviceId());
            require(access.kind() != ViewerAccess.Kind.LINK, "a share link only watches");
            relay.unpair(access, unpair.deviceId());
            relay.record(event("unshare", access, unpair.deviceId(), "left the device", "ok"));
        } else if (message instanceof ViewerToRelay.Revoke) {
            require(access.kind() == ViewerAccess.Kind.BROWSER,
                    "revoke ends a browser token from before accounts; sign out or revoke API tokens in the page");
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
    public synchronized void gain(RelayToViewer.Shared notice) {
        String deviceId = notice.device().id();
        boolean isNew = !access.mayReach(deviceId);
        socket.answerFirst(() -> {
            access = access.with(deviceId, Role.ofWireName(notice.device().role()));
            if (isNew) {
                router.attachViewer(this, List.of(deviceId));
            }
            socket.reply(notice);
            if (isNew) {
                router.catchUp(socket, List.of(deviceId));
            }
        });
    }

    @Override
    public void revoked() {
        socket.close(CloseCode.REVOKED.reason());
    }

    private void authenticate(ViewerToRelay message) {
        if (message instanceof ViewerToRelay.Pair) {
            throw new ProtocolViolation(ErrorCode.NOT_AUTHENTICATED,
                    "sign in first: pairing adds the computer to an account");
        }
        if (!(message instanceof ViewerToRelay.Authenticate credential)) {
            throw new ProtocolViolation(ErrorCode.NOT_AUTHENTICATED, "send authenticate first");
        }
        Optional<ViewerAccess> found;
        if (credential.token() == null) {
            found = socket.signedInAccount().map(relay::account);
            if (found.isEmpty()) {
                refuse(ErrorCode.NOT_SIGNED_IN, "this browser is not signed in: sign in and connect again");
                return;
            }
        } else {
            found = relay.authenticate(credential.token());
        }
        found.ifPresentOrElse(granted -> {
            requireRoom(granted.deviceIds());
            if (granted.kind() == ViewerAccess.Kind.LINK) {
                relay.record(event("link_used", granted, granted.deviceIds().iterator().next(), null, "ok"));
            }
            welcome(granted, granted.deviceIds(),
                    () -> new RelayToViewer.Authenticated(summaries(granted, granted.deviceIds())));
        }, () -> refuse(ErrorCode.BAD_TOKEN, "this token is unknown, expired or was revoked"));
    }

    private void refuse(ErrorCode code, String message) {
        socket.replyAndClose(RelayToViewer.Error.of(code, message), CloseCode.AUTH_FAILED);
    }

    private void pair(String code) {
        String deviceId = throttle.attempt(socket.address(), () -> relay.redeem(code));
        requireRoom(List.of(deviceId));
        ViewerAccess granted = relay.pair(access, deviceId);
        welcome(granted, List.of(deviceId),
                () -> new RelayToViewer.Paired(summaries(granted, List.of(deviceId)).get(0)));
        relay.record(event("pair", granted, deviceId, null, "ok"));
        LOG.info(() -> "viewer " + granted.viewerId() + " paired device " + deviceId);
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

    private List<DeviceSummary> summaries(ViewerAccess viewer, Collection<String> deviceIds) {
        return relay.summaries(deviceIds).stream()
                .map(summary -> summary.withRole(viewer.role(summary.id()).wireName()))
                .toList();
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
            throw new ProtocolViolation(ErrorCode.NOT_GRANTED, "this viewer does not hold that device");
        }
    }

    private static void require(boolean allowed, String why) {
        if (!allowed) {
            throw new ProtocolViolation(ErrorCode.NOT_ALLOWED, why);
        }
    }

    private void act(ViewerToRelay.Action action) {
        ViewerAccess actor = access;
        if (!actor.mayReach(action.deviceId())) {
            socket.reply(RelayToViewer.ActionResult.failed(action.id(), action.deviceId(), ErrorCode.NOT_GRANTED,
                    "this viewer does not hold that device"));
        } else if (!actor.mayAct(action.deviceId())) {
            relay.record(event("action", actor, action.deviceId(), ActionSummary.of(action), ErrorCode.NOT_ALLOWED.wire()));
            socket.reply(RelayToViewer.ActionResult.failed(action.id(), action.deviceId(), ErrorCode.NOT_ALLOWED,
                    "you may watch this computer but not act on it"));
        } else {
            // summarized now: a stop settles pending actions while the web class loader is going,
            // when a class not loaded yet can no longer be
            String summary = ActionSummary.of(action);
            actions.submit(socket, action, outcome -> relay.record(
                    event("action", actor, action.deviceId(), summary, outcome)));
        }
    }

    private Audited event(String kind, ViewerAccess actor, String deviceId, String detail, String outcome) {
        String account = actor.kind() == ViewerAccess.Kind.ACCOUNT ? actor.viewerId() : null;
        return new Audited(kind, account, actor.who(), deviceId, detail, outcome, socket.address());
    }
}
