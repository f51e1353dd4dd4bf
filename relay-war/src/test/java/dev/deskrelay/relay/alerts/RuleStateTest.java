package dev.deskrelay.relay.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RuleStateTest {

    /** Agents sample every second; a few seconds apart keeps the tests short and still realistic. */
    private static final long STEP = 5_000;
    private static final Condition CPU_ABOVE_90_FOR_2_MIN =
            new Condition(Metric.CPU_TOTAL, Comparison.ABOVE, 90, Duration.ofMinutes(2));

    private final RuleState state = new RuleState(CPU_ABOVE_90_FOR_2_MIN, Duration.ZERO);
    private long now = 1_000_000;

    @Test
    void aFirstBadValueMakesItPending() {
        assertEquals(Transition.NONE, state.observe(50, now));
        assertEquals(Transition.PENDING, state.observe(95, now += STEP));
        assertEquals(Transition.NONE, state.observe(95, now += STEP));
        assertFalse(state.firing());
    }

    @Test
    void firesOnceTheValueStaysBadForTheDuration() {
        long start = now;
        assertEquals(Transition.PENDING, state.observe(95, now));
        assertEquals(Transition.NONE, state.observe(95, now = start + 119_999));
        assertEquals(Transition.FIRING, state.observe(95, now = start + 120_000));
        assertTrue(state.firing());
        assertEquals(List.of(), run(95, Duration.ofMinutes(10)), "one notification per firing without a repeat interval");
    }

    @Test
    void doesNotFireWhenTheValueDropsBeforeTheDuration() {
        assertEquals(List.of(Transition.PENDING), run(95, Duration.ofSeconds(115)));
        assertEquals(List.of(Transition.OK), run(50, Duration.ofSeconds(5)),
                "once: the stored pending state goes, nothing is notified");
        assertEquals(List.of(Transition.PENDING), run(95, Duration.ofSeconds(115)),
                "the pending time starts again: it does not add up across dips");
        assertFalse(state.firing());
    }

    @Test
    void resolvesOnlyAfterTheSameDurationBack() {
        fire();
        long back = now + STEP;
        assertEquals(List.of(), run(50, Duration.ofSeconds(115)));
        assertTrue(state.firing(), "good for less than the duration: still firing");
        assertEquals(Transition.RESOLVED, state.observe(50, now = back + 120_000));
        assertFalse(state.firing());
        assertEquals(List.of(), run(50, Duration.ofMinutes(5)));
    }

    @Test
    void aValueFlappingAroundTheThresholdNotifiesOnce() {
        fire();
        List<Transition> flapping = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            flapping.add(state.observe(i % 2 == 0 ? 50 : 95, now += STEP));
        }
        assertEquals(List.of(), changes(flapping), "no FIRING, no RESOLVED while it keeps coming back");
        assertTrue(state.firing());
        assertEquals(List.of(Transition.RESOLVED), run(50, Duration.ofMinutes(2).plusMillis(STEP)),
                "the duration counts from the first good value");
    }

    @Test
    void aValueFlappingBeforeItFiresNeverFires() {
        List<Transition> flapping = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            flapping.add(state.observe(i % 2 == 0 ? 95 : 50, now += STEP));
        }
        assertFalse(changes(flapping).contains(Transition.FIRING));
        assertFalse(state.firing());
    }

    @Test
    void aResumedFiringRuleResolvesAfterTheDurationBack() {
        state.resume(new StoredState("r-cpu", true, now - 3_600_000, false));
        assertTrue(state.firing());
        assertEquals(List.of(Transition.RESOLVED), run(50, Duration.ofMinutes(2).plusMillis(STEP)));
    }

    @Test
    void aResumedFiringRuleRepeatsFromWhenItFired() {
        RuleState repeating = new RuleState(CPU_ABOVE_90_FOR_2_MIN, Duration.ofMinutes(10));
        repeating.resume(new StoredState("r-cpu", true, now - 599_999, false));
        assertEquals(Transition.NONE, repeating.observe(95, now));
        assertEquals(Transition.REPEAT, repeating.observe(95, now + 1));
    }

    @Test
    void aResumedAcknowledgedRuleDoesNotRepeat() {
        RuleState repeating = new RuleState(CPU_ABOVE_90_FOR_2_MIN, Duration.ofMinutes(10));
        repeating.resume(new StoredState("r-cpu", true, now, true));
        assertEquals(Transition.NONE, repeating.observe(95, now + 3_600_000));
        assertFalse(repeating.acknowledge(), "already acknowledged");
    }

    @Test
    void aResumedPendingRuleFiresOnTheTimeItBeganPending() {
        state.resume(new StoredState("r-cpu", false, now - 100_000, false));
        assertFalse(state.firing());
        assertEquals(Transition.NONE, state.observe(95, now + 19_999));
        assertEquals(Transition.FIRING, state.observe(95, now + 20_000));
    }

    @Test
    void repeatsWhileFiringAtTheInterval() {
        RuleState repeating = new RuleState(CPU_ABOVE_90_FOR_2_MIN, Duration.ofMinutes(10));
        long firedAt = fire(repeating);
        assertEquals(Transition.NONE, repeating.observe(95, firedAt + 599_999));
        assertEquals(Transition.REPEAT, repeating.observe(95, firedAt + 600_000));
        assertEquals(Transition.NONE, repeating.observe(95, firedAt + 600_000 + STEP));
        assertEquals(Transition.REPEAT, repeating.observe(95, firedAt + 1_200_000), "counted from the last notification");
    }

    @Test
    void acknowledgingStopsRepeatsUntilTheNextFiring() {
        RuleState repeating = new RuleState(CPU_ABOVE_90_FOR_2_MIN, Duration.ofMinutes(10));
        assertFalse(repeating.acknowledge(), "nothing firing to acknowledge");
        long firedAt = fire(repeating);
        assertTrue(repeating.acknowledge());
        assertFalse(repeating.acknowledge(), "already acknowledged");
        assertEquals(Transition.NONE, repeating.observe(95, firedAt + 600_000));
        assertEquals(Transition.NONE, repeating.observe(95, firedAt + 3_600_000));

        long backAt = firedAt + 3_600_000 + STEP;
        long resolvedAt = backAt + 120_000;
        assertEquals(Transition.NONE, repeating.observe(50, backAt));
        assertEquals(Transition.RESOLVED, repeating.observe(50, resolvedAt));
        assertEquals(Transition.PENDING, repeating.observe(95, resolvedAt + STEP));
        assertEquals(Transition.FIRING, repeating.observe(95, resolvedAt + STEP + 120_000));
        assertEquals(Transition.REPEAT, repeating.observe(95, resolvedAt + STEP + 120_000 + 600_000),
                "a new firing is not acknowledged");
    }

    @Test
    void aBelowRuleFiresUnderItsThreshold() {
        RuleState quiet = new RuleState(
                new Condition(Metric.NET_SEND_BYTES, Comparison.BELOW, 1_000, Duration.ofMinutes(1)), Duration.ZERO);
        long start = now;
        assertEquals(Transition.NONE, quiet.observe(5_000, start));
        assertEquals(Transition.NONE, quiet.observe(1_000, start + STEP), "on the threshold is fine");
        assertEquals(Transition.PENDING, quiet.observe(10, start + 2 * STEP));
        assertEquals(Transition.FIRING, quiet.observe(10, start + 2 * STEP + 60_000));
        assertEquals(Transition.NONE, quiet.observe(5_000, start + 3 * STEP + 60_000));
        assertEquals(Transition.RESOLVED, quiet.observe(5_000, start + 3 * STEP + 120_000));
    }

    @Test
    void aMissingValueChangesNothing() {
        assertEquals(Transition.PENDING, state.observe(95, now));
        long start = now;
        assertEquals(Transition.NONE, state.observe(Double.NaN, now = start + 60_000));
        assertEquals(Transition.FIRING, state.observe(95, now = start + 120_000), "NaN did not reset the pending time");
        assertEquals(Transition.NONE, state.observe(Double.NaN, now = start + 600_000));
        assertTrue(state.firing(), "NaN does not resolve either");
    }

    @Test
    void aZeroDurationFiresAndResolvesAtOnce() {
        RuleState instant = new RuleState(
                new Condition(Metric.CPU_TOTAL, Comparison.ABOVE, 90, Duration.ZERO), Duration.ZERO);
        assertEquals(Transition.FIRING, instant.observe(95, now));
        assertEquals(Transition.RESOLVED, instant.observe(50, now + STEP));
    }

    /** Fires the test's rule, returning when. */
    private long fire() {
        return fire(state);
    }

    private long fire(RuleState rule) {
        assertEquals(Transition.PENDING, rule.observe(95, now));
        assertEquals(Transition.FIRING, rule.observe(95, now += 120_000));
        return now;
    }

    /** Feeds {@code value} every STEP for {@code span}, returning the transitions other than NONE. */
    private List<Transition> run(double value, Duration span) {
        List<Transition> seen = new ArrayList<>();
        for (long end = now + span.toMillis(); now + STEP <= end; ) {
            seen.add(state.observe(value, now += STEP));
        }
        return changes(seen);
    }

    private static List<Transition> changes(List<Transition> transitions) {
        return transitions.stream().filter(t -> t != Transition.NONE).toList();
    }
}
