package dev.deskrelay.relay.actions;

/** Told once how an action ended, for the audit log: {@code ok}, an error code, or {@code viewer_left}. */
@FunctionalInterface
public interface ActionOutcome {

    /** The viewer closed before the answer came: the device may or may not have run the action. */
    String VIEWER_LEFT = "viewer_left";

    ActionOutcome NONE = outcome -> {
    };

    void settled(String outcome);
}
