package dev.deskrelay.relay.viewer;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.Limits;
import dev.deskrelay.protocol.ProtocolViolation;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.ViewerToRelay;
import dev.deskrelay.protocol.WireFormat;
import dev.deskrelay.relay.actions.PendingActions;
import dev.deskrelay.relay.connection.ConnectionGuard;
import dev.deskrelay.relay.connection.InjectedEndpoints;
import dev.deskrelay.relay.connection.SessionPeer;
import dev.deskrelay.relay.limits.PairingThrottle;
import dev.deskrelay.relay.pairing.PairingCodes;
import dev.deskrelay.relay.pairing.ViewerAccess;
import dev.deskrelay.relay.pairing.Viewers;
import dev.deskrelay.relay.presence.DevicePresence;
import dev.deskrelay.relay.revocation.Revocations;
import dev.deskrelay.relay.routing.Peer;
import dev.deskrelay.relay.routing.Router;
import dev.deskrelay.relay.routing.ViewerSocket;
import jakarta.inject.Inject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

@ServerEndpoint(value = "/viewer", configurator = InjectedEndpoints.class)
public class ViewerEndpoint implements ViewerSocket {

    private static final Logger LOG = Logger.getLogger(ViewerEndpoint.class.getName());
    private static final WireFormat<ViewerToRelay> MESSAGES = new WireFormat<>(ViewerToRelay.class);
    private static final WireFormat<RelayToViewer> REPLIES = new WireFormat<>(RelayToViewer.class);

    @Inject
    ConnectionGuard guard;
    @Inject
    Viewers viewers;
    @Inject
    PairingCodes pairingCodes;
    @Inject
    Router router;
    @Inject
    DevicePresence presence;
    @Inject
    PendingActions actions;
    @Inject
    Revocations revocations;
    @Inject
    PairingThrottle throttle;
    @Inject
    @ConfigProperty(name = "deskrelay.max-viewers-per-device", defaultValue = "20")
    int maxViewersPerDevice;

    private SessionPeer<RelayToViewer> peer;
    private volatile ViewerAccess access;

    @OnOpen
    public void open(Session session) {
        watch(session);
    }

    /**
     * Reads the text here, not in a Tyrus decoder: a decoder's refusal of a fragmented message
     * leaves Tyrus's reassembly unfinished, and the next fragmented message would be appended to it.
     */
    @OnMessage(maxMessageSize = Limits.MAX_MESSAGE_BYTES)
    public void message(String text, Session session) {
        watch(session).received();
        ViewerToRelay message = MESSAGES.read(text);
        if (message instanceof ViewerToRelay.Ping) {
            peer.reply(new RelayToViewer.Pong());
        } else if (message instanceof ViewerToRelay.Pair pair) {
            pair(pair.code());
        } else if (access == null) {
            authenticate(message);
        } else if (message instanceof ViewerToRelay.Action action) {
            act(action);
        } else if (message instanceof ViewerToRelay.Unpair unpair) {
            requireGrant(unpair.deviceId());
            revocations.unpair(access.viewerId(), unpair.deviceId());
        } else if (message instanceof ViewerToRelay.Revoke) {
            revocations.revoke(access.viewerId());
        } else {
            throw new ProtocolViolation(ErrorCode.ALREADY_AUTHENTICATED, "this connection is already authenticated");
        }
    }

    @OnMessage
    public void binary(ByteBuffer fragment, boolean last, Session session) {
        watch(session).refuseBinary();
    }

    @OnMessage
    public void pong(PongMessage pong, Session session) {
        watch(session).heard();
    }

    @OnClose
    public void close(Session session) {
        guard.release(watch(session));
        if (access != null) {
            router.viewerClosed(this, access.deviceIds());
            actions.viewerGone(peer);
        }
    }

    @OnError
    public void error(Throwable failure, Session session) {
        watch(session).replyToFailure(failure, RelayToViewer.Error::of);
    }

    /**
     * Tyrus may deliver the first frame, on another thread, before {@code @OnOpen} has returned,
     * so every callback takes the socket's peer from here, where it is made once.
     */
    private synchronized SessionPeer<RelayToViewer> watch(Session session) {
        if (peer == null) {
            peer = guard.watch(session, ConnectionGuard.Side.VIEWER, REPLIES, () -> access != null);
        }
        return peer;
    }

    private void authenticate(ViewerToRelay message) {
        if (!(message instanceof ViewerToRelay.Authenticate credential)) {
            throw new ProtocolViolation(ErrorCode.NOT_AUTHENTICATED, "send authenticate or pair first");
        }
        viewers.authenticate(credential.token()).ifPresentOrElse(granted -> {
            requireRoom(granted.deviceIds());
            welcome(granted, granted.deviceIds(),
                    () -> new RelayToViewer.Authenticated(presence.summaries(granted.deviceIds())));
        }, () -> peer.replyAndClose(RelayToViewer.Error.of(ErrorCode.BAD_TOKEN,
                "this browser's access is unknown or was revoked: pair again"), CloseCode.AUTH_FAILED));
    }

    /** A code is a credential too: on a fresh socket it creates this browser's identity. */
    private void pair(String code) {
        String deviceId = throttle.attempt(peer.address(), () -> pairingCodes.redeem(code));
        requireRoom(List.of(deviceId));
        final String newToken;
        final ViewerAccess granted;
        if (access == null) {
            var issued = viewers.createWithGrant(deviceId);
            newToken = issued.token();
            granted = issued.access();
        } else {
            newToken = null;
            granted = viewers.grant(access.viewerId(), deviceId);
        }
        welcome(granted, List.of(deviceId), () -> new RelayToViewer.Paired(newToken, presence.summary(deviceId)));
        LOG.info(() -> "viewer " + access.viewerId() + " paired device " + deviceId);
    }

    /**
     * Attaches before the answer is made, so no presence change falls between the two, and holds
     * routed messages back until the answer and what the relay knows of the new devices are sent.
     */
    private void welcome(ViewerAccess granted, Collection<String> newDevices, Supplier<RelayToViewer> answer) {
        peer.answerFirst(() -> {
            access = granted;
            router.attachViewer(this, granted.deviceIds());
            peer.reply(answer.get());
            router.catchUp(peer, newDevices);
        });
    }

    @Override
    public String viewerId() {
        return access.viewerId();
    }

    @Override
    public Peer peer() {
        return peer;
    }

    @Override
    public synchronized void lose(String deviceId, RelayToViewer notice) {
        access = access.without(deviceId);
        router.detachViewer(this, List.of(deviceId));
        peer.reply(notice);
    }

    @Override
    public void revoked() {
        peer.close(CloseCode.REVOKED.reason());
    }

    /** The cap on viewer sockets per device; nothing is granted or attached when it is reached. */
    private void requireRoom(Collection<String> deviceIds) {
        if (deviceIds.stream().anyMatch(deviceId -> router.viewerCount(deviceId) >= maxViewersPerDevice)) {
            throw new ProtocolViolation(ErrorCode.TOO_MANY_CONNECTIONS,
                    "a device has " + maxViewersPerDevice + " viewer connections already: close one first");
        }
    }

    private void requireGrant(String deviceId) {
        if (!access.mayReach(deviceId)) {
            throw new ProtocolViolation(ErrorCode.NOT_GRANTED, "this browser was not granted that device");
        }
    }

    private void act(ViewerToRelay.Action action) {
        if (access.mayReach(action.deviceId())) {
            actions.submit(peer, action);
        } else {
            peer.reply(RelayToViewer.ActionResult.failed(action.id(), action.deviceId(), ErrorCode.NOT_GRANTED,
                    "this browser was not granted that device"));
        }
    }
}
