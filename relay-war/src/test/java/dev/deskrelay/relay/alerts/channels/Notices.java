package dev.deskrelay.relay.alerts.channels;

import java.util.List;

import dev.deskrelay.relay.alerts.AlertNotice;
import dev.deskrelay.relay.alerts.Evidence;

/** Notices as the alerts package fires them, for the channels' tests. */
final class Notices {

    static final long AT = 1_796_000_000_000L;

    private Notices() {
    }

    static Evidence cpuEvidence() {
        return new Evidence("cpu", "%", List.of(new Evidence.Point(AT - 60_000, 41.0), new Evidence.Point(AT - 30_000, 93.1),
                new Evidence.Point(AT, 97.5)), AT, List.of(new Evidence.Process("java", 42, 88.0, 123_456_789)), null);
    }

    static AlertNotice cpuFiring() {
        return new AlertNotice("firing", 12, "a-1", null, "CPU busy", "warning", "d-1", "pc", "cpu", "above", 90.0, 97.5,
                "%", AT, cpuEvidence());
    }
}
