package dev.deskrelay.relay.cluster;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.flakeidgen.FlakeIdGenerator;
import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;

/**
 * Which member holds each device's agent: a partitioned map from device id to a claim,
 * {@code <member>/<epoch>}. The epoch is unique in the cluster, so a claim names one attachment:
 * releasing is a conditional remove of exactly that claim, and a late close can never remove the
 * claim of the agent that replaced it.
 */
final class Ownership {

    static final String MAP = "deskrelay.owners";

    private final IMap<String, String> claims;
    private final FlakeIdGenerator epochs;
    private final UUID self;

    Ownership(HazelcastInstance grid) {
        this.claims = grid.getMap(MAP);
        this.epochs = grid.getFlakeIdGenerator("deskrelay.epochs");
        this.self = grid.getCluster().getLocalMember().getUuid();
    }

    /** This member holds the device's agent now; the claim it replaced, if any, is returned too. */
    Claim claim(String deviceId) {
        String claim = self + "/" + epochs.newId();
        return new Claim(claim, Optional.ofNullable(claims.put(deviceId, claim)));
    }

    /** @return false when the claim was no longer the device's (replaced, or cleaned up after a loss) */
    boolean release(String deviceId, String claim) {
        return claims.remove(deviceId, claim);
    }

    /**
     * Puts the claim back if the device has none; the claim the device has otherwise.
     *
     * @return the device's claim now: {@code claim} itself, or another that won
     */
    String restore(String deviceId, String claim) {
        String other = claims.putIfAbsent(deviceId, claim);
        return other == null ? claim : other;
    }

    Optional<UUID> owner(String deviceId) {
        return Optional.ofNullable(claims.get(deviceId)).map(Ownership::memberOf);
    }

    /** Removes every claim of a member that left; each survivor may do it, whoever comes second finds nothing. */
    List<String> forget(UUID member) {
        return claims.entrySet(Predicates.like("this", member + "/%")).stream()
                .filter(entry -> claims.remove(entry.getKey(), entry.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    static UUID memberOf(String claim) {
        return UUID.fromString(claim.substring(0, claim.indexOf('/')));
    }

    record Claim(String value, Optional<String> replaced) {
    }
}
