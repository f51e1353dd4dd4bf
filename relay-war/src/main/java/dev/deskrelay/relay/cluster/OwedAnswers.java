package dev.deskrelay.relay.cluster;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * On the member holding an agent: the actions other members sent it that it has not answered,
 * so its answer goes back to the member that asked, and an answer nobody asked for is refused.
 * Entries leave when answered, when the agent goes offline, or when the asking member leaves.
 */
final class OwedAnswers {

    private final Map<String, Owed> byActionId = new ConcurrentHashMap<>();

    void owe(String actionId, String deviceId, UUID asker) {
        byActionId.put(actionId, new Owed(deviceId, asker));
    }

    /** The member waiting for this device's answer to that action; only that device can answer it. */
    Optional<UUID> answered(String actionId, String deviceId) {
        Owed owed = byActionId.get(actionId);
        if (owed == null || !owed.deviceId.equals(deviceId) || !byActionId.remove(actionId, owed)) {
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

    private record Owed(String deviceId, UUID asker) {
    }
}
