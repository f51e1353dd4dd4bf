package dev.deskrelay.relay.routing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/** The live sockets of each viewer identity: one browser may have several tabs open. */
@ApplicationScoped
public class ViewerSockets {

    private final Map<String, Set<ViewerSocket>> byViewer = new ConcurrentHashMap<>();

    public void add(String viewerId, ViewerSocket socket) {
        byViewer.computeIfAbsent(viewerId, id -> ConcurrentHashMap.newKeySet()).add(socket);
    }

    public void remove(String viewerId, ViewerSocket socket) {
        byViewer.computeIfPresent(viewerId, (id, sockets) -> {
            sockets.remove(socket);
            return sockets.isEmpty() ? null : sockets;
        });
    }

    public Collection<ViewerSocket> of(String viewerId) {
        Set<ViewerSocket> sockets = byViewer.get(viewerId);
        return sockets == null ? List.of() : List.copyOf(sockets);
    }
}
