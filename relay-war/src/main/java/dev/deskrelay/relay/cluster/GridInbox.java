package dev.deskrelay.relay.cluster;

import static dev.deskrelay.relay.cluster.GridRouter.FROM_AGENTS;
import static dev.deskrelay.relay.cluster.GridRouter.TO_AGENTS;
import static dev.deskrelay.relay.cluster.GridRouter.TO_VIEWERS;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.relay.cluster.Envelope.Kind;
import dev.deskrelay.relay.routing.DeviceMemory;
import jakarta.websocket.CloseReason;

/** What other members send this one, handed to this member's sockets and pending actions. */
final class GridInbox implements MemberMail.Inbox {

    private final MemberParts parts;
    private final DeviceMemory memory;
    private final AgentClaims claims;
    private final ActionTag tag;

    GridInbox(MemberParts parts, DeviceMemory memory, AgentClaims claims, ActionTag tag) {
        this.parts = parts;
        this.memory = memory;
        this.claims = claims;
        this.tag = tag;
    }

    @Override
    public void receive(UUID from, Envelope envelope) {
        String deviceId = envelope.deviceId();
        switch (envelope.kind()) {
            case VIEWERS -> parts.local().toViewers(deviceId, envelope.payload());
            case PRESENCE -> presence(from, envelope);
            case LATEST -> {
                parts.remoteAgents().heldBy(deviceId, from);
                parts.local().latestToViewers(deviceId, envelope.subject(), envelope.payload());
            }
            case ACTION -> action(from, envelope);
            case ANSWER -> answer(envelope);
            case OFFLINE -> parts.answers().agentGone(deviceId, ErrorCode.DEVICE_OFFLINE, "the device went offline");
            case REPLACED -> claims.replaced(deviceId, envelope.subject())
                    .ifPresent(agent -> agent.close(CloseCode.REPLACED.reason()));
            case CLOSE_AGENT -> parts.local().closeAgent(deviceId, new CloseReason(
                    CloseReason.CloseCodes.getCloseCode(Integer.parseInt(envelope.subject())), envelope.payload()));
            case LOSE -> parts.local().lose(envelope.subject(), deviceId, TO_VIEWERS.read(envelope.payload()));
            case SHARE -> parts.local().share(envelope.subject(), (RelayToViewer.Shared) TO_VIEWERS.read(envelope.payload()));
            case ACCOUNT -> parts.local().toAccount(envelope.subject(), envelope.payload());
            case REVOKE -> parts.local().revoke(envelope.subject());
            case CATCH_UP_ASK -> parts.mail().send(from, new Envelope(Kind.CATCH_UP, deviceId, envelope.subject(),
                    memory.known(List.of(deviceId)).stream().map(TO_VIEWERS::write).collect(Collectors.joining("\n"))));
            case CATCH_UP -> parts.catchUps().answered(envelope.subject())
                    .ifPresent(viewer -> envelope.payload().lines().forEach(viewer::sendAnswer));
        }
    }

    private void presence(UUID from, Envelope envelope) {
        if (Boolean.parseBoolean(envelope.subject())) {
            parts.remoteAgents().heldBy(envelope.deviceId(), from);
        } else {
            parts.remoteAgents().offline(envelope.deviceId(), from);
        }
        parts.local().toViewers(envelope.deviceId(), envelope.payload());
    }

    /** The agent is here, or was: the asker's member learns at once when it is not. */
    private void action(UUID from, Envelope envelope) {
        String deviceId = envelope.deviceId();
        String actionId = envelope.subject();
        parts.owed().owe(actionId, deviceId, from);
        if (!parts.local().toAgent(deviceId, TO_AGENTS.read(envelope.payload()))
                && parts.owed().answered(actionId, deviceId).isPresent()) {
            parts.mail().send(from, new Envelope(Kind.ANSWER, deviceId, "", FROM_AGENTS.write(
                    AgentToRelay.ActionResult.failed(actionId, ErrorCode.DEVICE_OFFLINE, "the device is offline"))));
        }
    }

    private void answer(Envelope envelope) {
        var result = (AgentToRelay.ActionResult) FROM_AGENTS.read(envelope.payload());
        tag.local(result).ifPresent(mine -> parts.answers().complete(envelope.deviceId(), mine));
    }
}
