package dev.deskrelay.relay.routing;

import dev.deskrelay.protocol.AgentToRelay;

/** Where a router hands an agent's answer: the actions this relay's viewers are waiting for. */
public interface ActionAnswers {

    /** @return false when no action with that id is waiting for this device's answer */
    boolean complete(String deviceId, AgentToRelay.ActionResult result);
}
