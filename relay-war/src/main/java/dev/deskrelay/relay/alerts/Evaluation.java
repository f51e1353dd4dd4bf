package dev.deskrelay.relay.alerts;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import dev.deskrelay.protocol.FilesystemUsage;
import dev.deskrelay.protocol.Sample;

/**
 * Every device's rules evaluated on its reports. Each device has its rules compiled into an array
 * of (rule, metric, {@link RuleState}); a sample walks the array, reads each metric and observes
 * it, allocating nothing, and only a transition other than NONE goes to the {@link Sink}. When the
 * rule book hands out another list for the device, the array is replaced by a new one (copy on
 * write); rules that read the same keep their state, so editing one rule does not reset the others.
 * A device compiled for the first time on this node (a restart, or its agent moved here) takes
 * up its stored states, so an alert fired before resolves here; so does one whose rules the book
 * read afresh, having forgotten the device while its agent was on another node, which may have
 * changed its states meanwhile.
 *
 * <p>A device's reports come one at a time (its agent's socket), so its states need no lock.
 * Offline rules are evaluated by presence, not here.
 */
final class Evaluation {

    /** Where transitions go: {@link AlertTransitions#changed} in the relay. */
    @FunctionalInterface
    interface Sink {
        void changed(AlertRule rule, String deviceId, Transition transition, double value, long at);
    }

    private final Function<String, List<AlertRule>> rulesFor;
    private final Function<String, List<StoredState>> storedStates;
    private final Sink sink;
    private final Map<String, Compiled> devices = new ConcurrentHashMap<>();

    /**
     * @param storedStates a device's pending and firing rules as stored, asked when its rules are
     *                     compiled; null unless they were just read from the database with its rules
     */
    Evaluation(Function<String, List<AlertRule>> rulesFor, Function<String, List<StoredState>> storedStates,
            Sink sink) {
        this.rulesFor = rulesFor;
        this.storedStates = storedStates;
        this.sink = sink;
    }

    void sample(String deviceId, Sample sample, long at) {
        for (Watched watched : compiled(deviceId).watched) {
            if (watched.metric != Metric.FILESYSTEM_PERCENT) {
                observe(deviceId, watched, watched.metric.read(sample), at);
            }
        }
    }

    void filesystems(String deviceId, List<FilesystemUsage> filesystems, long at) {
        for (Watched watched : compiled(deviceId).watched) {
            if (watched.metric == Metric.FILESYSTEM_PERCENT) {
                observe(deviceId, watched, Metric.readFilesystem(filesystems, watched.rule.mount()), at);
            }
        }
    }

    private void observe(String deviceId, Watched watched, double value, long at) {
        Transition transition = watched.state.observe(value, at);
        if (transition != Transition.NONE) {
            sink.changed(watched.rule, deviceId, transition, value, at);
        }
    }

    /** A device without rules keeps nothing here, so devices that had rules once hold no memory. */
    private Compiled compiled(String deviceId) {
        List<AlertRule> rules = rulesFor.apply(deviceId);
        if (rules.isEmpty()) {
            devices.remove(deviceId);
            return Compiled.NONE;
        }
        Compiled known = devices.get(deviceId);
        if (known != null && known.rules == rules) {
            return known;
        }
        List<StoredState> stored = storedStates.apply(deviceId);
        Compiled fresh = known != null && stored == null ? Compiled.of(rules, known)
                : Compiled.resumed(rules, stored == null ? List.of() : stored);
        devices.put(deviceId, fresh);
        return fresh;
    }

    /** The rules a device's array was compiled from, compared by identity on every report. */
    private record Compiled(List<AlertRule> rules, Watched[] watched) {

        static final Compiled NONE = new Compiled(List.of(), new Watched[0]);

        static Compiled of(List<AlertRule> rules, Compiled before) {
            return new Compiled(rules, rules.stream()
                    .filter(rule -> Metric.ofWire(rule.metric()).isPresent())
                    .map(rule -> new Watched(rule, before == null ? null : before.stateOf(rule)))
                    .toArray(Watched[]::new));
        }

        /** Compiled here for the first time: each rule takes up its stored state, if any. */
        static Compiled resumed(List<AlertRule> rules, List<StoredState> stored) {
            Compiled fresh = of(rules, null);
            for (StoredState state : stored) {
                for (Watched each : fresh.watched) {
                    if (each.rule.id().equals(state.ruleId())) {
                        each.state.resume(state);
                    }
                }
            }
            return fresh;
        }

        private RuleState stateOf(AlertRule rule) {
            for (Watched each : watched) {
                if (each.rule.sameAs(rule)) {
                    return each.state;
                }
            }
            return null;
        }
    }

    /** One rule on one device. */
    private static final class Watched {
        final AlertRule rule;
        final Metric metric;
        final RuleState state;

        /** @param kept the state of the same rule compiled before, or null for a new or changed rule */
        Watched(AlertRule rule, RuleState kept) {
            this.rule = rule;
            this.metric = Metric.ofWire(rule.metric()).orElseThrow();
            this.state = kept != null ? kept : new RuleState(new Condition(metric, Comparison.valueOf(
                    rule.comparison().toUpperCase(Locale.ROOT)), rule.threshold(),
                    Duration.ofSeconds(rule.durationSeconds())), Duration.ofMinutes(rule.repeatMinutes()));
        }
    }
}
