package dev.deskrelay.relay.alerts;

import java.util.Set;

import dev.deskrelay.relay.api.ApiError;

/**
 * What a rule may say, checked before it is stored; each refusal is a typed 400. Offline rules
 * watch presence, so they have no comparison, threshold or mount. The page offers them in whole
 * minutes; the API takes any wait from a second, for scripts and for tests that cannot wait minutes
 * (a wait shorter than an agent's reconnect fires on every restart of it).
 */
final class RuleCheck {

    static final int NAME_LENGTH = 64;
    static final int MOUNT_LENGTH = 255;
    static final long MOST_SECONDS = 7 * 24 * 3600;
    static final int MOST_REPEAT_MINUTES = 7 * 24 * 60;
    private static final Set<String> COMPARISONS = Set.of("above", "below");

    private RuleCheck() {
    }

    /** @return the definition as stored: name trimmed, repeat 0 when absent, a mount only on filesystem rules */
    static RuleDefinition checked(RuleDefinition asked) {
        if (asked == null) {
            throw bad("bad_rule", "send the rule as a JSON object");
        }
        String name = asked.name() == null ? "" : asked.name().strip();
        if (name.isEmpty() || name.length() > NAME_LENGTH) {
            throw bad("bad_name", "a rule's name is 1 to " + NAME_LENGTH + " characters");
        }
        String metric = asked.metric();
        boolean offline = Metric.OFFLINE.equals(metric);
        if (!offline && Metric.ofWire(metric).isEmpty()) {
            throw bad("bad_metric", "metric must be cpu, memory, swap, filesystem, load_per_core, net_rx, net_tx or offline");
        }
        Severity.of(asked.severity());
        int repeat = asked.repeatMinutes() == null ? 0 : asked.repeatMinutes();
        if (repeat < 0 || repeat > MOST_REPEAT_MINUTES) {
            throw bad("bad_repeat", "repeatMinutes is 0 (once) to " + MOST_REPEAT_MINUTES);
        }
        long seconds = asked.durationSeconds() == null ? -1 : asked.durationSeconds();
        if (offline) {
            if (asked.comparison() != null || asked.threshold() != null || asked.mount() != null) {
                throw bad("bad_rule", "an offline rule has no comparison, threshold or mount");
            }
            if (seconds < 1 || seconds > MOST_SECONDS) {
                throw bad("bad_duration", "an offline rule waits 1 second to 7 days");
            }
            return new RuleDefinition(name, asked.deviceId(), metric, null, null, null, seconds, asked.severity(), repeat);
        }
        if (!COMPARISONS.contains(asked.comparison())) {
            throw bad("bad_comparison", "comparison must be above or below");
        }
        if (asked.threshold() == null || !Double.isFinite(asked.threshold())) {
            throw bad("bad_threshold", "threshold must be a number");
        }
        if (seconds < 0 || seconds > MOST_SECONDS) {
            throw bad("bad_duration", "durationSeconds is 0 to 7 days");
        }
        return new RuleDefinition(name, asked.deviceId(), metric, asked.comparison(), asked.threshold(),
                mount(metric, asked.mount()), seconds, asked.severity(), repeat);
    }

    private static String mount(String metric, String mount) {
        if (mount == null) {
            return null;
        }
        if (!Metric.FILESYSTEM_PERCENT.wire().equals(metric)) {
            throw bad("bad_rule", "only a filesystem rule has a mount");
        }
        if (mount.isEmpty() || mount.length() > MOUNT_LENGTH) {
            throw bad("bad_mount", "mount is a path such as / or * for the fullest filesystem");
        }
        return mount;
    }

    private static ApiError bad(String code, String message) {
        return new ApiError(400, code, message);
    }
}
