package dev.deskrelay.relay.alerts;

import java.time.Clock;

import dev.deskrelay.relay.api.ApiError;
import dev.deskrelay.relay.audit.Audited;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/** An account's alerts as the API reads them, and a person acknowledging one. */
@ApplicationScoped
public class Alerts {

    @Inject
    AlertStore store;
    @Inject
    AlertTransitions transitions;
    @Inject
    Clock clock;
    @Inject
    Event<Audited> audit;

    /** A page, newest first, with the account's firing count and the cursor of the next page. */
    public JsonObject list(AlertFilter filter) {
        var found = store.list(filter);
        JsonArrayBuilder alerts = Json.createArrayBuilder();
        found.stream().limit(filter.limit()).forEach(alert -> alerts.add(AlertsJson.alert(alert)));
        var json = Json.createObjectBuilder().add("alerts", alerts).add("firing", store.firing(filter.accountId()));
        if (found.size() > filter.limit()) {
            json.add("next", found.get(filter.limit() - 1).id());
        } else {
            json.addNull("next");
        }
        return json.build();
    }

    public JsonObject detail(String accountId, long alertId) {
        Alert alert = find(accountId, alertId);
        return AlertsJson.detail(alert, store.changes(alertId));
    }

    /**
     * Stops the alert's repeats: the evaluating node drops a REPEAT of an acknowledged alert when
     * it stores it, so this node need not reach the one holding the device's agent.
     */
    public JsonObject acknowledge(Rules.Actor actor, long alertId) {
        Alert alert = find(actor.accountId(), alertId);
        if (!alert.firing()) {
            throw new ApiError(409, "not_firing", "only a firing alert can be acknowledged");
        }
        if (!alert.acknowledged()) {
            long now = clock.millis();
            alert = store.acknowledge(actor.accountId(), alertId, actor.name(), now).orElseThrow();
            transitions.tell(alert, now);
            audit.fire(new Audited("alert_acknowledge", actor.accountId(), actor.name(), alert.deviceId(),
                    alert.ruleName(), "ok", actor.address()));
        }
        return AlertsJson.alert(alert).build();
    }

    private Alert find(String accountId, long alertId) {
        return store.find(accountId, alertId)
                .orElseThrow(() -> new ApiError(404, "unknown_alert", "your account has no such alert"));
    }
}
