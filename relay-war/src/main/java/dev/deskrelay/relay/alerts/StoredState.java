package dev.deskrelay.relay.alerts;

/**
 * A rule on a device as ALERT_STATES holds it, read with the device's rules so that the node
 * evaluating the device takes up where another node, or this one before a restart, left off.
 *
 * @param since        when it began pending, or when it fired
 * @param acknowledged whether its firing alert is acknowledged (no repeats)
 */
public record StoredState(String ruleId, boolean firing, long since, boolean acknowledged) {
}
