package dev.deskrelay.agent.actions;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import dev.deskrelay.protocol.AgentToRelay.ActionResult;
import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.RelayToAgent.Action;

/** Finds the action a request names and turns whatever happens into a result: a viewer is always answered. */
public final class ActionDispatcher {

    private static final Logger LOG = Logger.getLogger(ActionDispatcher.class.getName());

    private final Map<String, AgentAction> actions = new TreeMap<>();

    public ActionDispatcher(Collection<? extends AgentAction> actions) {
        actions.forEach(action -> this.actions.put(action.name(), action));
    }

    public ActionResult handle(Action request) {
        AgentAction action = request.action() == null ? null : actions.get(request.action());
        if (action == null) {
            LOG.warning("unknown action '" + request.action() + "' requested");
            return ActionResult.failed(request.id(), ErrorCode.UNKNOWN_ACTION,
                    "this agent has no action '" + request.action() + "'; it knows " + actions.keySet());
        }
        try {
            return ActionResult.succeeded(request.id(),
                    action.perform(request.args() == null ? JsonValue.EMPTY_JSON_OBJECT : request.args()));
        } catch (RuntimeException e) {
            LOG.warning("action " + action.name() + " failed: " + e);
            return ActionResult.failed(request.id(), ErrorCode.ACTION_FAILED,
                    action.name() + " failed: " + e.getMessage());
        }
    }
}
