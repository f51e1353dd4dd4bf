package dev.deskrelay.relay.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.deskrelay.relay.routing.Peer;

/**
 * The agents attached to this member, each with the ownership claim it made, so that its close
 * gives back exactly that claim, and another member taking the device over closes exactly it.
 */
final class AgentClaims {

    private final Ownership ownership;
    private final UUID self;
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    AgentClaims(Ownership ownership, UUID self) {
        this.ownership = ownership;
        this.self = self;
    }

    /** @return the claim of another member that held the device's agent until now */
    Optional<String> claim(String deviceId, Peer agent) {
        var claim = ownership.claim(deviceId);
        held.put(deviceId, new Held(agent, claim.value()));
        return claim.replaced().filter(replaced -> !Ownership.memberOf(replaced).equals(self));
    }

    /** @return true when the agent still held the device here and in the grid: the device is offline now */
    boolean release(String deviceId, Peer agent) {
        Held current = held.get(deviceId);
        return current != null && current.agent == agent && held.remove(deviceId, current)
                && ownership.release(deviceId, current.claim);
    }

    /** Another member took the device over from the agent that made this claim: that agent, to close. */
    Optional<Peer> replaced(String deviceId, String claim) {
        Held current = held.get(deviceId);
        if (current != null && current.claim.equals(claim) && held.remove(deviceId, current)) {
            return Optional.of(current.agent);
        }
        return Optional.empty();
    }

    /**
     * After two halves of the grid merged: each agent here gets its claim back if the merge left
     * its device without one; an agent whose device another member claimed meanwhile (the agent
     * reconnected there while the halves were apart) is this member's stale copy, returned to close.
     */
    List<Peer> repair() {
        List<Peer> stale = new ArrayList<>();
        held.forEach((deviceId, current) -> {
            if (!ownership.restore(deviceId, current.claim).equals(current.claim) && held.remove(deviceId, current)) {
                stale.add(current.agent);
            }
        });
        return stale;
    }

    private record Held(Peer agent, String claim) {
    }
}
