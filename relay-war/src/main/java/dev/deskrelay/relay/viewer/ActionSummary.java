package dev.deskrelay.relay.viewer;

import java.util.stream.Collectors;

import dev.deskrelay.protocol.ViewerToRelay;
import jakarta.json.JsonString;

/**
 * An action as the audit log shows it: its name and a short account of its arguments, each value
 * cut to {@value #VALUE_CHARS} characters, so a long notification text doesn't fill the log.
 */
final class ActionSummary {

    static final int VALUE_CHARS = 40;

    private ActionSummary() {
    }

    static String of(ViewerToRelay.Action action) {
        if (action.args() == null || action.args().isEmpty()) {
            return action.action();
        }
        return action.action() + " " + action.args().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + shortened(entry.getValue() instanceof JsonString text
                        ? text.getString() : entry.getValue().toString()))
                .collect(Collectors.joining(", "));
    }

    private static String shortened(String value) {
        return value.codePointCount(0, value.length()) <= VALUE_CHARS
                ? value
                : value.substring(0, value.offsetByCodePoints(0, VALUE_CHARS)) + "…";
    }
}
