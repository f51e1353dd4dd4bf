package dev.deskrelay.relay.alerts;

/**
 * What a rule says, as the API receives it (a rule without id and creation time); {@link Rules}
 * checks it before it becomes an {@link AlertRule}.
 */
public record RuleDefinition(String name, String deviceId, String metric, String comparison, Double threshold,
        String mount, Long durationSeconds, String severity, Integer repeatMinutes) {
}
