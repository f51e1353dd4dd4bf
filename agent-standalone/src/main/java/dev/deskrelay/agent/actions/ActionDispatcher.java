package dev.deskrelay.agent.actions;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import dev.deskrelay.protocol.AgentToRelay.ActionResult;
import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.RelayToAgent.Action;

/**
 * Finds the action a request names, checks the person at the computer allows it, and turns
 * whatever happens into a result: a viewer is always answered.
 */
public final class ActionDispatcher {

    private static final Logger LOG = Logger.getLogger(ActionDispatcher.class.getName());

    private final Map<String, AgentAction> actions = new TreeMap<>();
    private final ActionPolicy policy;

    public ActionDispatcher(Collection<? extends AgentAction> actions, ActionPolicy policy) {
        actions.forEach(action -> this.actions.put(action.name(), action));
        this.policy = policy;
        // a misspelt switch would leave on an action someone meant to turn off
        policy.switches().keySet().stream().filter(name -> !this.actions.containsKey(name)).forEach(name ->
                LOG.warning("the config file switches an action this agent does not have: " + name));
    }

    public Set<String> names() {
        return actions.keySet();
    }

    public ActionResult handle(Action request) {
        String name = request.action();
        AgentAction action = name == null ? null : actions.get(name);
        if (action == null) {
            LOG.warning("action " + name + " refused: unknown");
            return ActionResult.failed(request.id(), ErrorCode.UNKNOWN_ACTION,
                    "this agent has no action '" + name + "'; it knows " + actions.keySet());
        }
        if (!policy.allows(name)) {
            LOG.info("action " + name + " refused: disabled");
            return ActionResult.failed(request.id(), ErrorCode.ACTION_DISABLED,
                    "the person at this computer turned " + name + " off");
        }
        try {
            JsonObject data = action.perform(request.args() == null ? JsonValue.EMPTY_JSON_OBJECT : request.args());
            LOG.info("action " + name + " done" + method(data));
            return ActionResult.succeeded(request.id(), data);
        } catch (IllegalArgumentException e) {
            LOG.info("action " + name + " refused: bad arguments: " + e.getMessage());
            return ActionResult.failed(request.id(), ErrorCode.BAD_ARGUMENTS, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warning("action " + name + " failed: " + e);
            return ActionResult.failed(request.id(), ErrorCode.ACTION_FAILED, name + " failed: " + e.getMessage());
        }
    }

    private static String method(JsonObject data) {
        return data != null && data.get("method") instanceof JsonString method ? " (" + method.getString() + ")" : "";
    }
}
