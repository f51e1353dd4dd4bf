package dev.deskrelay.relay.routing;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live connections per device: at most one agent and any number of viewers. A device with
 * neither is forgotten, so the map only ever holds devices somebody is connected to.
 */
final class LiveSockets {

    private final ConcurrentHashMap<String, Line> lines = new ConcurrentHashMap<>();

    /** Makes {@code agent} the device's agent; returns the one it replaces, which the caller closes. */
    Optional<Peer> attachAgent(String deviceId, Peer agent) {
        Peer[] replaced = new Peer[1];
        lines.compute(deviceId, (id, line) -> {
            Line current = line == null ? Line.EMPTY : line;
            replaced[0] = current.agent();
            return current.withAgent(agent);
        });
        return Optional.ofNullable(replaced[0]);
    }

    /** @return true when {@code agent} was the device's agent, i.e. the device is now offline */
    boolean detachAgent(String deviceId, Peer agent) {
        boolean[] wasCurrent = new boolean[1];
        lines.computeIfPresent(deviceId, (id, line) -> {
            wasCurrent[0] = line.agent() == agent;
            return wasCurrent[0] ? line.withAgent(null).orNullIfEmpty() : line;
        });
        return wasCurrent[0];
    }

    Optional<Peer> agent(String deviceId) {
        return Optional.ofNullable(lines.get(deviceId)).map(Line::agent);
    }

    /** The devices whose agent is connected now. */
    List<String> onlineDevices() {
        return lines.entrySet().stream().filter(entry -> entry.getValue().agent() != null).map(Map.Entry::getKey)
                .toList();
    }

    void attachViewer(String deviceId, Peer viewer) {
        lines.compute(deviceId, (id, line) -> (line == null ? Line.EMPTY : line).withViewer(viewer));
    }

    void detachViewer(Collection<String> deviceIds, Peer viewer) {
        for (String deviceId : deviceIds) {
            lines.computeIfPresent(deviceId, (id, line) -> line.withoutViewer(viewer).orNullIfEmpty());
        }
    }

    Collection<Peer> viewers(String deviceId) {
        Line line = lines.get(deviceId);
        return line == null ? List.of() : line.viewers();
    }

    /** Immutable, so readers never see a half-made change and need no lock. */
    private record Line(Peer agent, Set<Peer> viewers) {
        static final Line EMPTY = new Line(null, Set.of());

        Line withAgent(Peer newAgent) {
            return new Line(newAgent, viewers);
        }

        Line withViewer(Peer viewer) {
            var more = new HashSet<>(viewers);
            more.add(viewer);
            return new Line(agent, Set.copyOf(more));
        }

        Line withoutViewer(Peer viewer) {
            var fewer = new HashSet<>(viewers);
            fewer.remove(viewer);
            return new Line(agent, Set.copyOf(fewer));
        }

        Line orNullIfEmpty() {
            return agent == null && viewers.isEmpty() ? null : this;
        }
    }
}
