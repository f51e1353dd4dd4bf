package dev.deskrelay.relay.alerts;

/**
 * What one observation changed in a {@link RuleState}. Constants rather than objects, so that the
 * usual answer, NONE, costs nothing; anything else is worth a database write, and FIRING, REPEAT
 * and RESOLVED a notification.
 */
public enum Transition {
    /** Nothing to store or send. */
    NONE,
    /** Past the threshold, not yet for long enough. */
    PENDING,
    /** Back on the good side while pending, before it fired: nothing to notify, but the pending state goes. */
    OK,
    /** Past the threshold for the rule's duration: notify. */
    FIRING,
    /** Still firing, unacknowledged, and the repeat interval has passed since the last notification. */
    REPEAT,
    /** Back on the good side for the rule's duration. */
    RESOLVED
}
