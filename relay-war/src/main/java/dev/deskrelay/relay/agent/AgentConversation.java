package dev.deskrelay.relay.agent;

import java.util.Optional;
import java.util.logging.Logger;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.ProtocolViolation;
import dev.deskrelay.protocol.RelayToAgent;
import dev.deskrelay.relay.actions.PendingActions;
import dev.deskrelay.relay.connection.Conversation;
import dev.deskrelay.relay.connection.ConversationSocket;
import dev.deskrelay.relay.pairing.Device;
import dev.deskrelay.relay.routing.Router;

/**
 * One agent socket's side of the protocol: enroll or authenticate first, then reports in,
 * action results in, pairing codes out. A control connection (the agent's {@code status} and
 * {@code pair}) authenticates without bringing the device online and may only ask for a code or
 * remove the device.
 */
public final class AgentConversation implements Conversation<AgentToRelay, RelayToAgent> {

    private static final Logger LOG = Logger.getLogger(AgentConversation.class.getName());

    private final ConversationSocket<RelayToAgent> socket;
    private final Router router;
    private final PendingActions actions;
    private final AgentRelay relay;
    private volatile String deviceId;
    private boolean control;

    public AgentConversation(ConversationSocket<RelayToAgent> socket, Router router, PendingActions actions,
            AgentRelay relay) {
        this.socket = socket;
        this.router = router;
        this.actions = actions;
        this.relay = relay;
    }

    @Override
    public boolean authenticated() {
        return deviceId != null;
    }

    @Override
    public void receive(AgentToRelay message) {
        if (deviceId == null) {
            authenticate(message);
        } else {
            serve(message);
        }
    }

    /** Offline only if this socket was still the device's agent: a replaced one's late close changes nothing. */
    @Override
    public void closed() {
        if (deviceId != null && !control && router.detachAgent(deviceId, socket)) {
            LOG.info(() -> "device " + deviceId + " went offline");
            // the actions first: they need no database, and the write of its lastSeen may fail or wait
            actions.deviceOffline(deviceId);
            relay.offline(deviceId);
        }
    }

    @Override
    public Optional<RelayToAgent> error(ProtocolViolation violation) {
        return Optional.of(RelayToAgent.Error.of(violation.code(), violation.getMessage()));
    }

    private void authenticate(AgentToRelay message) {
        if (message instanceof AgentToRelay.Enroll enroll) {
            var enrolled = relay.enroll(enroll.name());
            socket.reply(new RelayToAgent.Enrolled(enrolled.device().id(), enrolled.secret(), enrolled.device().name()));
            online(enrolled.device());
            LOG.info(() -> "enrolled device " + deviceId);
            sendPairingCode();
        } else if (message instanceof AgentToRelay.Authenticate credential) {
            relay.authenticate(credential.deviceId(), credential.secret()).ifPresentOrElse(device -> {
                if (credential.forControl()) {
                    control = true;
                    deviceId = device.id();
                    socket.reply(new RelayToAgent.Authenticated(device.id(), device.name(), router.isOnline(deviceId)));
                } else {
                    socket.reply(new RelayToAgent.Authenticated(device.id(), device.name(), null));
                    online(device);
                }
            }, () -> {
                LOG.info(() -> "refused an agent presenting device id " + credential.deviceId());
                socket.replyAndClose(RelayToAgent.Error.of(ErrorCode.BAD_CREDENTIALS,
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
            relay.removeDevice(deviceId);
            socket.close(CloseCode.DEVICE_REMOVED.reason());
        } else if (message instanceof AgentToRelay.Enroll || message instanceof AgentToRelay.Authenticate) {
            throw new ProtocolViolation(ErrorCode.ALREADY_AUTHENTICATED, "this connection is already authenticated");
        } else if (control) {
            throw new ProtocolViolation(ErrorCode.NOT_ALLOWED,
                    "a control connection may only request pairing codes or remove the device");
        } else if (message instanceof AgentToRelay.Telemetry telemetry) {
            relay.sample(deviceId, telemetry.sample());
        } else if (message instanceof AgentToRelay.SystemInfo info) {
            relay.system(deviceId, info.system());
        } else if (message instanceof AgentToRelay.Filesystems usage) {
            relay.filesystems(deviceId, usage.filesystems());
        } else if (message instanceof AgentToRelay.ActionResult result && !router.answer(deviceId, result)) {
            throw new ProtocolViolation(ErrorCode.UNKNOWN_ID, "no action " + result.id() + " is waiting for an answer");
        }
    }

    private void online(Device device) {
        deviceId = device.id();
        router.attachAgent(deviceId, socket);
        relay.online(deviceId);
        LOG.info(() -> "device " + deviceId + " is online");
    }

    private void sendPairingCode() {
        var issued = relay.pairingCode(deviceId);
        socket.reply(new RelayToAgent.PairingCode(issued.code(), issued.expiresAt()));
    }
}
