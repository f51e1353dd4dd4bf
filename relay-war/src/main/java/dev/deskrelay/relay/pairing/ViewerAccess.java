package dev.deskrelay.relay.pairing;

import java.util.Set;

/** An authenticated viewer and the devices it may reach; nothing else is ever routed to or from it. */
public record ViewerAccess(String viewerId, Set<String> deviceIds) {

    public boolean mayReach(String deviceId) {
        return deviceIds.contains(deviceId);
    }

    public ViewerAccess without(String deviceId) {
        return new ViewerAccess(viewerId, deviceIds.stream().filter(id -> !id.equals(deviceId))
                .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }
}
