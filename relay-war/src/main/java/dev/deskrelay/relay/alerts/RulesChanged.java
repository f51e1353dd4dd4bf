package dev.deskrelay.relay.alerts;

import java.util.List;

/**
 * A CDI event: an account's rules changed, so the devices it holds are evaluated against new ones.
 *
 * @param resolved the alerts of a changed or removed rule, which start over resolved
 */
public record RulesChanged(String accountId, List<Alert> resolved) {
}
