package dev.deskrelay.relay.settings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.deskrelay.relay.connection.OriginPolicy;
import dev.deskrelay.relay.connection.TrustedProxies;

/**
 * Every setting the relay reads, and what a value must be. Only values that are set are checked:
 * each default is in the {@code @ConfigProperty} that reads the setting. Numbers are counts,
 * durations or rates, for which zero or less means nothing sensible (a limit of none, a timeout
 * that has passed already), so every number must be positive.
 */
public final class Settings {

    // MicroProfile Config reads these as true and anything else as false, so a typo ("ture")
    // would turn a feature off without a word
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "on", "1");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "off", "0");

    /** What a value must be: the check throws {@link IllegalArgumentException} saying what is wrong. */
    private enum Kind {
        WHOLE(Settings::positiveWhole),
        // ten years: a longer retention is a typo, and the sweep's cut-off must stay a sane time
        DAYS_KEPT(value -> wholeUpTo(value, 3650)),
        RATE(Settings::positiveNumber),
        SWITCH(Settings::trueOrFalse),
        ORIGINS(OriginPolicy::strict),
        ORIGINS_OR_ANY(OriginPolicy::anyOr),
        ADDRESSES(TrustedProxies::of);

        private final Consumer<String> check;

        Kind(Consumer<String> check) {
            this.check = check;
        }
    }

    private static final Map<String, Kind> KNOWN = Map.ofEntries(
            Map.entry("deskrelay.prototype.enabled", Kind.SWITCH),
            Map.entry("deskrelay.cluster.enabled", Kind.SWITCH),
            Map.entry("deskrelay.allowed-origins", Kind.ORIGINS),
            Map.entry("deskrelay.prototype.allowed-origins", Kind.ORIGINS_OR_ANY),
            Map.entry("deskrelay.trusted-proxies", Kind.ADDRESSES),
            Map.entry("deskrelay.auth-timeout-seconds", Kind.WHOLE),
            Map.entry("deskrelay.idle-timeout-seconds", Kind.WHOLE),
            Map.entry("deskrelay.action-timeout-seconds", Kind.WHOLE),
            Map.entry("deskrelay.agent-messages-per-second", Kind.RATE),
            Map.entry("deskrelay.agent-message-burst", Kind.WHOLE),
            Map.entry("deskrelay.viewer-messages-per-second", Kind.RATE),
            Map.entry("deskrelay.viewer-message-burst", Kind.WHOLE),
            Map.entry("deskrelay.max-sockets-per-address", Kind.WHOLE),
            Map.entry("deskrelay.max-viewers-per-device", Kind.WHOLE),
            Map.entry("deskrelay.pairing-failures-per-address", Kind.WHOLE),
            Map.entry("deskrelay.pairing-failures-relay-wide", Kind.WHOLE),
            Map.entry("deskrelay.pairing-failure-window-seconds", Kind.WHOLE),
            Map.entry("deskrelay.sign-in-failures-per-account", Kind.WHOLE),
            Map.entry("deskrelay.sign-in-failures-per-address", Kind.WHOLE),
            Map.entry("deskrelay.sign-in-failure-window-seconds", Kind.WHOLE),
            Map.entry("deskrelay.session-hours", Kind.WHOLE),
            Map.entry("deskrelay.outbox-limit", Kind.WHOLE),
            Map.entry("deskrelay.history-samples", Kind.WHOLE),
            Map.entry("deskrelay.slow-readers-max-bytes", Kind.WHOLE),
            Map.entry("deskrelay.stop-grace-seconds", Kind.WHOLE),
            Map.entry("deskrelay.last-seen-write-seconds", Kind.WHOLE),
            Map.entry("deskrelay.audit-days", Kind.DAYS_KEPT));

    private Settings() {
    }

    public static Set<String> names() {
        return KNOWN.keySet();
    }

    /**
     * @param configured a setting's value as configured, empty when it is not
     * @return one line for each setting whose value is wrong, naming it and the value; none when all are fine
     */
    public static List<String> problems(Function<String, Optional<String>> configured) {
        return KNOWN.keySet().stream().sorted()
                .flatMap(name -> configured.apply(name).flatMap(value -> problem(name, value)).stream())
                .toList();
    }

    private static Optional<String> problem(String name, String value) {
        try {
            KNOWN.get(name).check.accept(value);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(name + "=\"" + value + "\": " + e.getMessage());
        }
    }

    private static void positiveWhole(String value) {
        wholeUpTo(value, Integer.MAX_VALUE);
    }

    private static void wholeUpTo(String value, int most) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0 && number <= most) {
                return;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("must be a whole number from 1 to " + most);
    }

    private static void positiveNumber(String value) {
        try {
            double number = Double.parseDouble(value);
            if (number > 0 && Double.isFinite(number)) {
                return;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("must be a number above 0, such as 2.5");
    }

    private static void trueOrFalse(String value) {
        String word = value.toLowerCase(Locale.ROOT);
        if (!TRUE.contains(word) && !FALSE.contains(word)) {
            throw new IllegalArgumentException("must be true or false");
        }
    }
}
