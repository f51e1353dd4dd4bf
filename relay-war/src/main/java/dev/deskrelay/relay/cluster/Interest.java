package dev.deskrelay.relay.cluster;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import com.hazelcast.config.ReplicatedMapConfig;
import com.hazelcast.core.EntryAdapter;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.replicatedmap.ReplicatedMap;

/**
 * Which members have viewers of which device, so a device's reports cross only to members that
 * show them. A replicated map (key {@code <device>|<member>}) because every member reads it on every
 * report and changes it only when a device gets its first or loses its last viewer here: every
 * member holds all of it and reads it without a network hop. Each member keeps an index by device,
 * fed by the map's events. Interest does not depend on who holds the agent, so presence reaches
 * the watching members while the device has no agent anywhere.
 */
final class Interest {

    static final String MAP = "deskrelay.interest";
    private static final char SEPARATOR = '|';

    private final ReplicatedMap<String, String> entries;
    private final UUID self;
    private final Map<String, Boolean> watching = new ConcurrentHashMap<>();
    /** Immutable sets of the other members, read as they are on every report; this member's viewers are its own. */
    private final Map<String, Set<UUID>> othersByDevice = new ConcurrentHashMap<>();
    private final Set<String> watchedElsewhere = Collections.unmodifiableSet(othersByDevice.keySet());

    /**
     * A member that joins reads the map only once it holds all of it: otherwise it would start
     * with an empty copy, and no event tells it what the copy then receives.
     */
    Interest(HazelcastInstance grid) {
        grid.getConfig().addReplicatedMapConfig(new ReplicatedMapConfig(MAP).setAsyncFillup(false));
        this.entries = grid.getReplicatedMap(MAP);
        this.self = grid.getCluster().getLocalMember().getUuid();
    }

    /** Listens before reading what is there, so no entry falls between the two. */
    void open() {
        entries.addEntryListener(new EntryAdapter<>() {
            @Override
            public void entryAdded(EntryEvent<String, String> event) {
                index(event.getKey(), true);
            }

            @Override
            public void entryRemoved(EntryEvent<String, String> event) {
                index(event.getKey(), false);
            }
        });
        entries.keySet().forEach(key -> index(key, true));
    }

    /**
     * Brings this member's entry for the device in line with whether it has viewers of it now. The
     * question is asked under the device's lock here, so of two changes at once the later wins.
     * The grid's put and remove wait for the network under that lock; acceptable because they come
     * only with a device's first or last viewer here, and block only that device's next change.
     */
    void refresh(String deviceId, BooleanSupplier watchedHere) {
        watching.compute(deviceId, (id, was) -> {
            boolean now = watchedHere.getAsBoolean();
            if (now && was == null) {
                entries.put(key(deviceId, self), "");
            } else if (!now && was != null) {
                entries.remove(key(deviceId, self));
            }
            return now ? Boolean.TRUE : null;
        });
    }

    /** After two halves of the grid merged: this member's entries are written again, in case the merge lost one. */
    void repair() {
        watching.keySet().forEach(deviceId -> entries.put(key(deviceId, self), ""));
    }

    /** The other members with viewers of the device. */
    Set<UUID> elsewhere(String deviceId) {
        return othersByDevice.getOrDefault(deviceId, Set.of());
    }

    /** The devices some other member watches: a live view. */
    Set<String> watchedElsewhere() {
        return watchedElsewhere;
    }

    /** A member left: its viewers are gone with it. Each survivor may do it; it is idempotent. */
    void forget(UUID member) {
        String suffix = SEPARATOR + member.toString();
        entries.keySet().stream().filter(key -> key.endsWith(suffix)).forEach(entries::remove);
    }

    private void index(String key, boolean added) {
        int at = key.lastIndexOf(SEPARATOR);
        String deviceId = key.substring(0, at);
        UUID member = UUID.fromString(key.substring(at + 1));
        if (member.equals(self)) {
            return;
        }
        // copied on each change, which is rare (a device's first or last viewer on a member)
        othersByDevice.compute(deviceId, (id, members) -> {
            Set<UUID> now = members == null ? new HashSet<>() : new HashSet<>(members);
            if (added) {
                now.add(member);
            } else {
                now.remove(member);
            }
            return now.isEmpty() ? null : Set.copyOf(now);
        });
    }

    private static String key(String deviceId, UUID member) {
        return deviceId + SEPARATOR + member;
    }
}
