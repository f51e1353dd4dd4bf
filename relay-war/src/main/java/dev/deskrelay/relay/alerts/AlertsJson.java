package dev.deskrelay.relay.alerts;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Rules and alerts as the API answers them (docs/protocol.md), with absent values written as null:
 * the page tells "no device" (every device) and "not resolved" from a missing field that way.
 */
final class AlertsJson {

    private AlertsJson() {
    }

    static JsonObject rule(AlertRule rule) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", rule.id()).add("name", rule.name());
        text(json, "deviceId", rule.deviceId()).add("metric", rule.metric());
        text(json, "comparison", rule.comparison());
        number(json, "threshold", rule.threshold());
        text(json, "mount", rule.mount());
        return json.add("durationSeconds", rule.durationSeconds()).add("severity", rule.severity())
                .add("repeatMinutes", rule.repeatMinutes()).add("createdAt", rule.createdAt()).build();
    }

    static JsonObject rules(List<AlertRule> rules) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        rules.forEach(rule -> array.add(rule(rule)));
        return Json.createObjectBuilder().add("rules", array).build();
    }

    static JsonObjectBuilder alert(Alert alert) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", alert.id()).add("ruleId", alert.ruleId());
        text(json, "ruleName", alert.ruleName()).add("deviceId", alert.deviceId());
        text(json, "deviceName", alert.deviceName()).add("metric", alert.metric());
        text(json, "comparison", alert.comparison());
        number(json, "threshold", alert.threshold());
        json.add("unit", Metric.unitOf(alert.metric())).add("severity", alert.severity()).add("state", alert.state())
                .add("firedAt", alert.firedAt());
        number(json, "value", alert.firedValue());
        number(json, "resolvedAt", alert.resolvedAt());
        if (alert.acknowledgedAt() == null) {
            json.addNull("acknowledged");
        } else {
            json.add("acknowledged", text(Json.createObjectBuilder(), "by", alert.acknowledgedBy())
                    .add("at", alert.acknowledgedAt()));
        }
        return json;
    }

    static JsonObject detail(Alert alert, List<AlertChange> changes) {
        JsonArrayBuilder history = Json.createArrayBuilder();
        changes.forEach(change -> history.add(text(Json.createObjectBuilder().add("at", change.at())
                .add("state", change.state()), "by", change.actor())));
        JsonObjectBuilder json = alert(alert).add("changes", history);
        if (alert.evidence() == null) {
            json.addNull("evidence");
        } else {
            try (var reader = Json.createReader(new StringReader(alert.evidence()))) {
                json.add("evidence", reader.readObject());
            }
        }
        return json.build();
    }

    private static JsonObjectBuilder text(JsonObjectBuilder json, String name, String value) {
        return value == null ? json.addNull(name) : json.add(name, value);
    }

    private static void number(JsonObjectBuilder json, String name, Number value) {
        if (value == null) {
            json.addNull(name);
        } else if (value instanceof Long whole) {
            json.add(name, whole);
        } else {
            json.add(name, value.doubleValue());
        }
    }
}
