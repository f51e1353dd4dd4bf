package dev.deskrelay.relay.cluster;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * On the member holding an agent: the actions other members sent it that it has not answered,
 * so its answer goes back to the member that asked, and an answer nobody asked for is refused.
 * Entries leave when answered, when the agent goes offline, when the asking member leaves, or
 * once the asker has answered {@code timeout} itself: then the agent's answer is refused
 * {@code unknown_id}, as on one relay. Expired entries are swept at most once a timeout, on the
 * way in, so a quiet member keeps no timer for it.
 */
final class OwedAnswers {

    private final Map<String, Owed> byActionId = new ConcurrentHashMap<>();
    private final long timeoutNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong nextSweep;

    OwedAnswers(Duration timeout, LongSupplier nanoTime) {
        this.timeoutNanos = timeout.toNanos();
        this.nanoTime = nanoTime;
        this.nextSweep = new AtomicLong(nanoTime.getAsLong() + timeoutNanos);
    }

    void owe(String actionId, String deviceId, UUID asker) {
        long now = nanoTime.getAsLong();
        byActionId.put(actionId, new Owed(deviceId, asker, now));
        long due = nextSweep.get();
        if (now - due >= 0 && nextSweep.compareAndSet(due, now + timeoutNanos)) {
            byActionId.values().removeIf(owed -> expired(owed, now));
        }
    }

    /**
     * The member waiting for this device's answer to that action; only that device can answer it,
     * and only before the asker's timeout: after it, the asker has answered the viewer itself and
     * the agent's answer is refused, whether or not a sweep has removed the entry yet.
     */
    Optional<UUID> answered(String actionId, String deviceId) {
        Owed owed = byActionId.get(actionId);
        if (owed == null || !owed.deviceId.equals(deviceId) || !byActionId.remove(actionId, owed)
                || expired(owed, nanoTime.getAsLong())) {
            return Optional.empty();
        }
        return Optional.of(owed.asker);
    }

    /** The device's agent went offline: who was still waiting for it. */
    Set<UUID> offline(String deviceId) {
        Set<UUID> askers = new HashSet<>();
        byActionId.forEach((actionId, owed) -> {
            if (owed.deviceId.equals(deviceId) && byActionId.remove(actionId, owed)) {
                askers.add(owed.asker);
            }
        });
        return askers;
    }

    void forget(UUID asker) {
        byActionId.values().removeIf(owed -> owed.asker.equals(asker));
    }

    private boolean expired(Owed owed, long now) {
        return now - owed.since > timeoutNanos;
    }

    private record Owed(String deviceId, UUID asker, long since) {
    }
}
