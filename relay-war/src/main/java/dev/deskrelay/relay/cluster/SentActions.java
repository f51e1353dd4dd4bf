package dev.deskrelay.relay.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Through which members this member's viewers sent actions to each device. Kept apart from
 * where the agent is now: an agent can reconnect to another member before its old member is
 * seen gone, and the actions sent through the old one still need their {@code relay_lost}.
 * A device's entry holds at most every member once.
 */
final class SentActions {

    private final Map<String, Set<UUID>> throughByDevice = new ConcurrentHashMap<>();

    void sent(String deviceId, UUID member) {
        throughByDevice.computeIfAbsent(deviceId, id -> ConcurrentHashMap.newKeySet()).add(member);
    }

    /** The member is gone: the devices that had actions sent through it. */
    List<String> lost(UUID member) {
        List<String> devices = new ArrayList<>();
        throughByDevice.forEach((deviceId, members) -> {
            if (members.remove(member)) {
                devices.add(deviceId);
            }
        });
        throughByDevice.values().removeIf(Set::isEmpty);
        return devices;
    }
}
