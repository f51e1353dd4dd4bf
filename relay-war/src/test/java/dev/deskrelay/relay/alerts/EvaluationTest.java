package dev.deskrelay.relay.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.FilesystemUsage;
import dev.deskrelay.protocol.InterfaceRate;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.protocol.Usage;

class EvaluationTest {

    private static final long STEP = 1_000;
    private static final AlertRule CPU_ABOVE_90_FOR_10_S = rule("r-cpu", "cpu", "above", 90.0, null, 10, 0);
    private static final AlertRule ROOT_FULL = rule("r-root", "filesystem", "above", 90.0, "/", 0, 0);
    private static final AlertRule ANY_FULL = rule("r-any", "filesystem", "above", 90.0, "*", 0, 0);
    private static final AlertRule OFFLINE = rule("r-off", "offline", null, null, null, 300, 0);

    private List<AlertRule> rules = List.of(CPU_ABOVE_90_FOR_10_S, OFFLINE);
    private final List<String> changes = new ArrayList<>();
    /** What the rule book read afresh with the rules, taken once as the book hands it out. */
    private List<StoredState> stored;
    private final Evaluation evaluation = new Evaluation(deviceId -> rules, deviceId -> {
        List<StoredState> once = stored;
        stored = null;
        return once;
    },
            (rule, deviceId, transition, value, at) -> changes.add(rule.id() + " " + deviceId + " " + transition + " " + value));
    private long now = 1_000_000;

    @Test
    void firesAfterItsDurationAndResolvesAfterTheSameDurationBack() {
        feed(95, 10);
        assertEquals(List.of("r-cpu d1 PENDING 95.0"), changes);
        feed(95, 1);
        assertEquals("r-cpu d1 FIRING 95.0", changes.get(1));
        feed(50, 10);
        assertEquals(2, changes.size(), "not yet back for the whole duration");
        feed(50, 1);
        assertEquals(List.of("r-cpu d1 PENDING 95.0", "r-cpu d1 FIRING 95.0", "r-cpu d1 RESOLVED 50.0"), changes);
    }

    @Test
    void aFlappingMetricFiresOnce() {
        feed(95, 11);
        for (int i = 0; i < 30; i++) {
            feed(i % 2 == 0 ? 50 : 95, 3);
        }
        assertEquals(List.of("r-cpu d1 PENDING 95.0", "r-cpu d1 FIRING 95.0"), changes);
    }

    @Test
    void aPendingRuleThatRecoversSaysOkOnce() {
        feed(95, 3);
        feed(50, 5);
        assertEquals(List.of("r-cpu d1 PENDING 95.0", "r-cpu d1 OK 50.0"), changes);
    }

    @Test
    void aDeviceFirstEvaluatedHereTakesUpItsStoredFiringStateAndResolves() {
        stored = List.of(new StoredState("r-cpu", true, now - 60_000, false));
        feed(50, 10);
        assertEquals(List.of(), changes, "good for less than the duration");
        feed(50, 1);
        assertEquals(List.of("r-cpu d1 RESOLVED 50.0"), changes);
    }

    @Test
    void aDeviceFirstEvaluatedHereTakesUpItsStoredPendingState() {
        stored = List.of(new StoredState("r-cpu", false, now - 5_000, false));
        feed(95, 5);
        assertEquals(List.of("r-cpu d1 FIRING 95.0"), changes, "pending since before: fires 10 s after it began");
    }

    @Test
    void aRuleListReadAgainKeepsTheStatesEvaluatedHere() {
        feed(50, 1);
        rules = List.of(CPU_ABOVE_90_FOR_10_S);
        feed(95, 11);
        assertEquals(List.of("r-cpu d1 PENDING 95.0", "r-cpu d1 FIRING 95.0"), changes);
    }

    @Test
    void aDeviceTheBookReadAfreshTakesUpWhatAnotherNodeStoredMeanwhile() {
        feed(50, 1);
        stored = List.of(new StoredState("r-cpu", true, now, false));
        rules = List.of(CPU_ABOVE_90_FOR_10_S);
        feed(50, 11);
        assertEquals(List.of("r-cpu d1 RESOLVED 50.0"), changes, "its agent was elsewhere, where it fired");
    }

    @Test
    void anotherRuleListKeepsTheStateOfRulesThatReadTheSame() {
        feed(95, 11);
        rules = List.of(rule("r-cpu", "cpu", "above", 90.0, null, 10, 0), rule("r-mem", "memory", "above", 1.0, null, 0, 0));
        feed(95, 30);
        assertEquals(List.of("r-cpu d1 PENDING 95.0", "r-cpu d1 FIRING 95.0"), changes,
                "still firing: not pending again; memory is absent from the samples (NaN)");

        rules = List.of(rule("r-cpu", "cpu", "above", 99.0, null, 10, 0));
        feed(95, 1);
        feed(100, 1);
        assertEquals("r-cpu d1 PENDING 100.0", changes.get(2), "a changed rule starts over");
    }

    @Test
    void aDeviceLeftWithoutRulesForgetsItsStates() {
        feed(95, 11);
        rules = List.of();
        feed(95, 1);
        rules = List.of(CPU_ABOVE_90_FOR_10_S);
        feed(95, 1);
        assertEquals(List.of("r-cpu d1 PENDING 95.0", "r-cpu d1 FIRING 95.0", "r-cpu d1 PENDING 95.0"), changes);
    }

    @Test
    void devicesHaveTheirOwnStates() {
        evaluation.sample("d1", Sample.cpuOnly(95), now);
        evaluation.sample("d2", Sample.cpuOnly(50), now);
        assertEquals(List.of("r-cpu d1 PENDING 95.0"), changes);
    }

    @Test
    void aFilesystemRuleWatchesItsMountOrTheFullest() {
        rules = List.of(ROOT_FULL, ANY_FULL);
        evaluation.filesystems("d1", List.of(fs("/", 50), fs("/data", 95)), now);
        assertEquals(List.of("r-any d1 FIRING 95.0"), changes);
        evaluation.filesystems("d1", List.of(fs("/", 96), fs("/data", 10)), now += STEP);
        assertEquals(List.of("r-any d1 FIRING 95.0", "r-root d1 FIRING 96.0"), changes);
        evaluation.sample("d1", Sample.cpuOnly(99), now += STEP);
        assertEquals(2, changes.size(), "samples carry no filesystems");
    }

    @Test
    void aSampleThatChangesNothingAllocatesNothing() {
        rules = List.of(CPU_ABOVE_90_FOR_10_S, ROOT_FULL, OFFLINE, rule("r-net", "net_rx", "below", 1.0, null, 60, 0));
        var sample = new Sample(50.0, List.of(50.0, 50.0), List.of(0.5, 0.4, 0.3), new Usage(1, 2), new Usage(0, 0),
                List.of(new InterfaceRate("eth0", 100, 10)), 60L);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < 20_000; i++) {
            evaluation.sample("d1", sample, now += STEP);
        }
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 100_000; i++) {
            evaluation.sample("d1", sample, now += STEP);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertEquals(List.of(), changes);
        assertTrue(allocated < 10_000, allocated + " bytes for 100,000 samples");
    }

    private void feed(double cpu, int samples) {
        for (int i = 0; i < samples; i++) {
            evaluation.sample("d1", Sample.cpuOnly(cpu), now += STEP);
        }
    }

    private static FilesystemUsage fs(String mount, long usedPercent) {
        return new FilesystemUsage(mount, "ext4", new Usage(usedPercent, 100));
    }

    static AlertRule rule(String id, String metric, String comparison, Double threshold, String mount, long seconds,
            int repeatMinutes) {
        return new AlertRule(id, "a-1", new RuleDefinition("rule " + id, null, metric, comparison, threshold, mount,
                seconds, "warning", repeatMinutes), 0);
    }
}
