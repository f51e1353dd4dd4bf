package dev.deskrelay.agent.actions;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Which actions the person at the computer lets viewers run, from the config file's {@code actions}:
 * {@code false} turns one off; an action the file does not mention may run.
 */
public record ActionPolicy(Map<String, Boolean> switches) {

    public static final ActionPolicy ALLOW_ALL = new ActionPolicy(Map.of());

    public ActionPolicy {
        // a copy that tolerates the nulls a hand-edited file may hold
        switches = switches == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(switches));
    }

    public boolean allows(String action) {
        return !Boolean.FALSE.equals(switches.get(action));
    }
}
