package dev.deskrelay.relay.cluster;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.deskrelay.relay.routing.Peer;

/** Viewers waiting for what another member knows of a device (its facts, filesystems, history). */
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

    /** The member asked is gone; its answers will not come. */
    void forget(UUID owner) {
        byRequest.values().removeIf(waiting -> waiting.owner.equals(owner));
    }

    private record Waiting(Peer viewer, UUID owner) {
    }
}
