package dev.deskrelay.bench.measure;

/** The events a run counts; the {@code _HOLD} ones only while the load is held, for the rates. */
public enum Count {
    TELEMETRY_SENT,
    TELEMETRY_SENT_HOLD,
    TELEMETRY_RECEIVED,
    TELEMETRY_RECEIVED_HOLD,
    ACTIONS_SENT,
    ACTIONS_SENT_HOLD,
    ACTIONS_AT_AGENTS,
    ACTION_RESULTS,
    /** Sent on a viewer socket that was lost before their answer came. */
    ACTIONS_LOST_WITH_SOCKET,
    ECHOES_SENT,
    ECHOES_SENT_HOLD,
    ECHOES_RECEIVED,
    AGENT_RECONNECTS_ATTEMPTED,
    AGENT_RECONNECTS_SUCCEEDED,
    VIEWER_RECONNECTS_ATTEMPTED,
    VIEWER_RECONNECTS_SUCCEEDED
}
