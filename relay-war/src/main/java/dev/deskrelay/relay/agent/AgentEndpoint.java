package dev.deskrelay.relay.agent;

import java.nio.ByteBuffer;
import java.util.logging.Logger;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.Limits;
import dev.deskrelay.protocol.ProtocolViolation;
import dev.deskrelay.protocol.RelayToAgent;
import dev.deskrelay.protocol.WireFormat;
import dev.deskrelay.relay.actions.PendingActions;
import dev.deskrelay.relay.connection.ConnectionGuard;
import dev.deskrelay.relay.connection.InjectedEndpoints;
import dev.deskrelay.relay.connection.SessionPeer;
import dev.deskrelay.relay.pairing.Device;
import dev.deskrelay.relay.pairing.Devices;
import dev.deskrelay.relay.pairing.PairingCodes;
import dev.deskrelay.relay.presence.DevicePresence;
import dev.deskrelay.relay.revocation.Revocations;
import dev.deskrelay.relay.routing.Router;
import dev.deskrelay.relay.telemetry.DeviceReports;
import jakarta.inject.Inject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

@ServerEndpoint(value = "/agent", configurator = InjectedEndpoints.class)
public class AgentEndpoint {

    private static final Logger LOG = Logger.getLogger(AgentEndpoint.class.getName());

    @Inject
    ConnectionGuard guard;
    @Inject
    Devices devices;
    @Inject
    PairingCodes pairingCodes;
    @Inject
    Router router;
    @Inject
    DevicePresence presence;
    @Inject
    PendingActions actions;
    @Inject
    DeviceReports reports;
    @Inject
    Revocations revocations;

    private static final WireFormat<AgentToRelay> MESSAGES = new WireFormat<>(AgentToRelay.class);
    private static final WireFormat<RelayToAgent> REPLIES = new WireFormat<>(RelayToAgent.class);

    private SessionPeer<RelayToAgent> peer;
    private volatile String deviceId;
    private boolean control;

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
        AgentToRelay message = MESSAGES.read(text);
        if (deviceId == null) {
            authenticate(message);
        } else {
            serve(message);
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
        if (deviceId != null && !control && router.detachAgent(deviceId, peer)) {
            LOG.info(() -> "device " + deviceId + " went offline");
            presence.offline(deviceId);
            actions.deviceOffline(deviceId);
        }
    }

    @OnError
    public void error(Throwable failure, Session session) {
        watch(session).replyToFailure(failure, violation -> RelayToAgent.Error.of(violation.code(), violation.getMessage()));
    }

    /**
     * Tyrus may deliver the first frame, on another thread, before {@code @OnOpen} has returned,
     * so every callback takes the socket's peer from here, where it is made once.
     */
    private synchronized SessionPeer<RelayToAgent> watch(Session session) {
        if (peer == null) {
            peer = guard.watch(session, ConnectionGuard.Side.AGENT, REPLIES, () -> deviceId != null);
        }
        return peer;
    }

    private void authenticate(AgentToRelay message) {
        if (message instanceof AgentToRelay.Enroll enroll) {
            var enrolled = devices.enroll(enroll.name());
            peer.reply(new RelayToAgent.Enrolled(enrolled.device().id(), enrolled.secret(), enrolled.device().name()));
            online(enrolled.device());
            LOG.info(() -> "enrolled device " + deviceId);
            sendPairingCode();
        } else if (message instanceof AgentToRelay.Authenticate credential) {
            devices.authenticate(credential.deviceId(), credential.secret()).ifPresentOrElse(device -> {
                if (credential.forControl()) {
                    control = true;
                    deviceId = device.id();
                    peer.reply(new RelayToAgent.Authenticated(device.id(), device.name(), router.isOnline(deviceId)));
                } else {
                    peer.reply(new RelayToAgent.Authenticated(device.id(), device.name(), null));
                    online(device);
                }
            }, () -> {
                LOG.info(() -> "refused an agent presenting device id " + credential.deviceId());
                peer.replyAndClose(RelayToAgent.Error.of(ErrorCode.BAD_CREDENTIALS,
                        "unknown device or wrong secret: enroll again"), CloseCode.AUTH_FAILED);
            });
        } else {
            throw new ProtocolViolation(ErrorCode.NOT_AUTHENTICATED, "send enroll or authenticate first");
        }
    }

    private void serve(AgentToRelay message) {
        if (message instanceof AgentToRelay.RequestPairingCode) {
            sendPairingCode();
        } else if (message instanceof AgentToRelay.RemoveDevice) {
            revocations.removeDevice(deviceId);
            peer.close(CloseCode.DEVICE_REMOVED.reason());
        } else if (message instanceof AgentToRelay.Enroll || message instanceof AgentToRelay.Authenticate) {
            throw new ProtocolViolation(ErrorCode.ALREADY_AUTHENTICATED, "this connection is already authenticated");
        } else if (control) {
            throw new ProtocolViolation(ErrorCode.NOT_ALLOWED,
                    "a control connection may only request pairing codes or remove the device");
        } else if (message instanceof AgentToRelay.Telemetry telemetry) {
            reports.sample(deviceId, telemetry.sample());
        } else if (message instanceof AgentToRelay.SystemInfo info) {
            reports.system(deviceId, info.system());
        } else if (message instanceof AgentToRelay.Filesystems usage) {
            reports.filesystems(deviceId, usage.filesystems());
        } else if (message instanceof AgentToRelay.ActionResult result && !router.answer(deviceId, result)) {
            throw new ProtocolViolation(ErrorCode.UNKNOWN_ID, "no action " + result.id() + " is waiting for an answer");
        }
    }

    private void online(Device device) {
        deviceId = device.id();
        router.attachAgent(deviceId, peer);
        presence.online(deviceId);
        LOG.info(() -> "device " + deviceId + " is online");
    }

    private void sendPairingCode() {
        var issued = pairingCodes.issue(deviceId);
        peer.reply(new RelayToAgent.PairingCode(issued.code(), issued.expiresAt()));
    }
}
