package dev.deskrelay.bench.accounts;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The rules a run gives each viewer's account ({@code --rules N}: the first N), each on every
 * device the account holds, so that the relay evaluates them on every sample of the watched
 * devices. Thresholds the simulated machine never crosses (SampleMaker: CPU at most 100 %, memory
 * 37 %, swap 3 %, load per core at most 1, a few hundred kB/s): what is measured is what every
 * sample costs, not the rare firing, which costs a database write and an evidence request each.
 */
public final class AlertRules {

    private static final List<JsonObject> ALL = List.of(
            rule("cpu", 100, 120),
            rule("memory", 99, 300),
            rule("swap", 99, 300),
            rule("load_per_core", 4, 300),
            rule("net_rx", 1e10, 60),
            rule("net_tx", 1e10, 60),
            Json.createObjectBuilder().add("name", "bench offline").addNull("deviceId").add("metric", "offline")
                    .add("durationSeconds", 3600).add("severity", "warning").add("repeatMinutes", 0).build());

    public static final int MAX = ALL.size();

    private AlertRules() {
    }

    public static List<JsonObject> first(int count) {
        if (count < 0 || count > MAX) {
            throw new IllegalArgumentException("rules must be 0 to " + MAX);
        }
        return ALL.subList(0, count);
    }

    private static JsonObject rule(String metric, double threshold, int seconds) {
        return Json.createObjectBuilder().add("name", "bench " + metric).addNull("deviceId").add("metric", metric)
                .add("comparison", "above").add("threshold", threshold).add("durationSeconds", seconds)
                .add("severity", "warning").add("repeatMinutes", 0).build();
    }
}
