package dev.deskrelay.relay.alerts;

/** A CDI event: an account's rules changed, so the devices it holds are evaluated against new ones. */
public record RulesChanged(String accountId) {
}
