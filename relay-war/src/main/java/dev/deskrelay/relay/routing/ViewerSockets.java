package dev.deskrelay.relay.routing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The live sockets of each viewer identity: one browser may have several tabs open. */
final class ViewerSockets {

    private final Map<String, Set<ViewerSocket>> byViewer = new ConcurrentHashMap<>();

    void add(String viewerId, ViewerSocket socket) {
        byViewer.computeIfAbsent(viewerId, id -> ConcurrentHashMap.newKeySet()).add(socket);
    }

    void remove(String viewerId, ViewerSocket socket) {
        byViewer.computeIfPresent(viewerId, (id, sockets) -> {
            sockets.remove(socket);
            return sockets.isEmpty() ? null : sockets;
        });
    }

    Collection<ViewerSocket> of(String viewerId) {
        Set<ViewerSocket> sockets = byViewer.get(viewerId);
        return sockets == null ? List.of() : List.copyOf(sockets);
    }
}
