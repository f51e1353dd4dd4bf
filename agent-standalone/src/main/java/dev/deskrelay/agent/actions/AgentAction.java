package dev.deskrelay.agent.actions;

import jakarta.json.JsonObject;

/** One thing a viewer can ask for, by name. */
public interface AgentAction {

    String name();

    /**
     * @return what to tell the viewer on success
     * @throws IllegalArgumentException when the arguments are not acceptable; the viewer gets
     *         {@code bad_arguments} with its message
     * @throws RuntimeException when the action failed; the viewer gets {@code action_failed}
     */
    JsonObject perform(JsonObject args);
}
