/**
 * Alerts on what devices report: a rule's condition ({@link dev.deskrelay.relay.alerts.Condition})
 * is evaluated on every sample where the samples arrive, by one small {@link
 * dev.deskrelay.relay.alerts.RuleState} per rule and device that allocates nothing, so that rules on
 * every device cost routing next to nothing; only a {@link dev.deskrelay.relay.alerts.Transition}
 * other than NONE needs storing or notifying.
 */
package dev.deskrelay.relay.alerts;
