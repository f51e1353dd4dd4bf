package dev.deskrelay.relay.routing;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.ErrorCode;

/** Where a router hands an agent's answer, or its absence: the actions this relay's viewers are waiting for. */
public interface ActionAnswers {

    /** @return false when no action with that id is waiting for this device's answer */
    boolean complete(String deviceId, AgentToRelay.ActionResult result);

    /**
     * The device's agent is gone where it was (offline on another relay of a cluster, or with that
     * relay): the actions waiting for it are answered {@code code}.
     */
    void agentGone(String deviceId, ErrorCode code, String message);
}
