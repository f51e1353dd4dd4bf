package dev.deskrelay.relay.alerts;

import java.time.Duration;
import java.util.Objects;

/**
 * Where one rule stands on one device: ok, pending, firing, or firing but on its way back
 * ("resolving"). Fed every sample's value, it keeps only primitives and answers with a constant,
 * because it runs on the routing thread for every sample of every device with rules.
 *
 * <p>Both edges wait the rule's duration: a value must stay bad that long to fire and good that
 * long to resolve. A value that turns bad again while resolving simply keeps the alert firing,
 * so a metric flapping around the threshold sends one notification, not one per crossing.
 *
 * <p>Not thread-safe: a device's samples arrive one after another on the node holding its agent.
 */
public final class RuleState {

    private static final int OK = 0;
    private static final int PENDING = 1;
    private static final int FIRING = 2;
    private static final int RESOLVING = 3;

    private final Condition condition;
    private final long durationMillis;
    /** 0: notify once per firing. */
    private final long repeatMillis;

    private int phase = OK;
    /** When the current pending or resolving stretch began. */
    private long since;
    private long lastNotified;
    private boolean acknowledged;

    /** @param repeat how often to notify again while firing unacknowledged; zero for never */
    public RuleState(Condition condition, Duration repeat) {
        this.condition = Objects.requireNonNull(condition, "condition");
        if (repeat.isNegative()) {
            throw new IllegalArgumentException("repeat must not be negative");
        }
        this.durationMillis = condition.duration().toMillis();
        this.repeatMillis = repeat.toMillis();
    }

    /**
     * Takes one value of the rule's metric. NaN (the sample lacks the metric) changes nothing: a
     * machine that stops reporting swap neither resolves nor fires a swap rule.
     *
     * <p>A pending rule whose value recovers returns to ok with OK: nothing was notified, so there
     * is nothing to take back, but the stored pending state is no longer true.
     */
    public Transition observe(double value, long nowMillis) {
        if (Double.isNaN(value)) {
            return Transition.NONE;
        }
        boolean bad = condition.breached(value);
        return switch (phase) {
            case OK -> bad ? startPending(nowMillis) : Transition.NONE;
            case PENDING -> bad ? fireWhenDue(nowMillis) : backToOk();
            case FIRING, RESOLVING -> bad ? stayFiring(nowMillis) : resolveWhenDue(nowMillis);
            default -> throw new IllegalStateException("phase " + phase);
        };
    }

    /**
     * Stops REPEAT notifications until the alert resolves; a later firing notifies again.
     *
     * @return whether there was an unacknowledged firing alert, i.e. whether anything changed
     */
    public boolean acknowledge() {
        if (!firing() || acknowledged) {
            return false;
        }
        acknowledged = true;
        return true;
    }

    /**
     * Takes up where the stored state left off, on a node that evaluates the device for the first
     * time (the relay restarted, or the agent moved here): otherwise a firing rule would start at
     * ok here, see only good values, and its alert would never resolve.
     *
     */
    public void resume(StoredState stored) {
        if (stored.firing()) {
            phase = FIRING;
            lastNotified = stored.since();
            acknowledged = stored.acknowledged();
        } else {
            phase = PENDING;
            since = stored.since();
        }
    }

    /** Firing, including while the value has been good for less than the duration. */
    public boolean firing() {
        return phase == FIRING || phase == RESOLVING;
    }

    private Transition startPending(long now) {
        phase = PENDING;
        since = now;
        return durationMillis == 0 ? fire(now) : Transition.PENDING;
    }

    private Transition fireWhenDue(long now) {
        return now - since >= durationMillis ? fire(now) : Transition.NONE;
    }

    private Transition fire(long now) {
        phase = FIRING;
        lastNotified = now;
        acknowledged = false;
        return Transition.FIRING;
    }

    private Transition backToOk() {
        phase = OK;
        return Transition.OK;
    }

    private Transition stayFiring(long now) {
        phase = FIRING;
        if (repeatMillis == 0 || acknowledged || now - lastNotified < repeatMillis) {
            return Transition.NONE;
        }
        lastNotified = now;
        return Transition.REPEAT;
    }

    private Transition resolveWhenDue(long now) {
        if (phase == FIRING) {
            phase = RESOLVING;
            since = now;
        }
        if (now - since < durationMillis) {
            return Transition.NONE;
        }
        phase = OK;
        acknowledged = false;
        return Transition.RESOLVED;
    }
}
