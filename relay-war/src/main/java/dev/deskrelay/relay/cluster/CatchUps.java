package dev.deskrelay.relay.cluster;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.deskrelay.relay.routing.Peer;

/**
 * Viewers waiting for what another member knows of a device (its facts, filesystems, history).
 * A viewer's requests go when it closes, so an answer lost on the way keeps nothing for longer.
 */
final class CatchUps {

    private final Map<String, Waiting> byRequest = new ConcurrentHashMap<>();

    /** @return the request's id, which the answer names */
    String ask(Peer viewer, UUID owner) {
        String request = UUID.randomUUID().toString();
        byRequest.put(request, new Waiting(viewer, owner));
        return request;
    }

    Optional<Peer> answered(String request) {
        return Optional.ofNullable(byRequest.remove(request)).map(Waiting::viewer);
    }

    /** The viewer closed; what it waited for has nobody to go to. */
    void forget(Peer viewer) {
        byRequest.values().removeIf(waiting -> waiting.viewer == viewer);
    }

    /** The member asked is gone; its answers will not come. */
    void forget(UUID owner) {
        byRequest.values().removeIf(waiting -> waiting.owner.equals(owner));
    }

    private record Waiting(Peer viewer, UUID owner) {
    }
}
