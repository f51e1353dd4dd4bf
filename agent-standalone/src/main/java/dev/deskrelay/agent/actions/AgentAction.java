package dev.deskrelay.agent.actions;

import jakarta.json.JsonObject;

/** One thing a viewer can ask for, by name. */
public interface AgentAction {

    String name();

    /**
     * @return what to tell the viewer on success
     * @throws RuntimeException when the action failed; the viewer gets its message
     */
    JsonObject perform(JsonObject args);
}
