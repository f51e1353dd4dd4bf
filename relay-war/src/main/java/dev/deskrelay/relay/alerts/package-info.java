/**
 * Alerts on what devices report: a rule's condition ({@link dev.deskrelay.relay.alerts.Condition})
 * is evaluated on every sample where the samples arrive, by one small {@link
 * dev.deskrelay.relay.alerts.RuleState} per rule and device that allocates nothing, so that rules on
 * every device cost routing next to nothing; only a {@link dev.deskrelay.relay.alerts.Transition}
 * other than NONE needs storing or notifying.
 *
 * <p>{@link dev.deskrelay.relay.alerts.Rules} keeps an account's rules and {@link
 * dev.deskrelay.relay.alerts.RuleBook} each device's in memory; {@link
 * dev.deskrelay.relay.alerts.RuleEvaluator} watches the reports; {@link
 * dev.deskrelay.relay.alerts.AlertTransitions} stores what changed off the routing thread, gathers
 * the evidence and tells the account's sockets and the channels ({@link
 * dev.deskrelay.relay.alerts.AlertNotice}); {@link dev.deskrelay.relay.alerts.Alerts} reads the
 * alerts back for the API.
 */
package dev.deskrelay.relay.alerts;
