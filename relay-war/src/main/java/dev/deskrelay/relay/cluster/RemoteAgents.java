package dev.deskrelay.relay.cluster;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this member last learned of where the agents of the devices it serves are: from the
 * ownership map when it sends an action or catches a viewer up, and from the presence and reports
 * other members send it. It is what a member still knows when another one dies without a word.
 */
final class RemoteAgents {

    private final Map<String, UUID> holders = new ConcurrentHashMap<>();

    /** Told with every report from another member: a read, and a write only when the holder changed. */
    void heldBy(String deviceId, UUID member) {
        if (!member.equals(holders.get(deviceId))) {
            holders.put(deviceId, member);
        }
    }

    void offline(String deviceId, UUID member) {
        holders.remove(deviceId, member);
    }

    /** The member is gone: the devices whose agent it held. */
    List<String> lost(UUID member) {
        List<String> devices = holders.entrySet().stream()
                .filter(entry -> entry.getValue().equals(member)).map(Map.Entry::getKey).toList();
        devices.forEach(deviceId -> holders.remove(deviceId, member));
        return devices;
    }
}
