package dev.deskrelay.relay.prototype;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.deskrelay.relay.prototype.PrototypeHello.Mode;
import dev.deskrelay.relay.routing.Peer;
import jakarta.enterprise.context.ApplicationScoped;

/** The prototype's pairing: one desktop and one web client per client id, matched by nothing else. */
@ApplicationScoped
public class PrototypeRooms {

    private final Map<String, Map<Mode, Peer>> rooms = new ConcurrentHashMap<>();

    /** @return the client it replaces, which the caller closes */
    Optional<Peer> join(PrototypeHello hello, Peer peer) {
        Peer[] replaced = new Peer[1];
        rooms.compute(hello.clientId(), (id, room) -> {
            var next = room == null ? new EnumMap<Mode, Peer>(Mode.class) : new EnumMap<>(room);
            replaced[0] = next.put(hello.mode(), peer);
            return next;
        });
        return Optional.ofNullable(replaced[0]);
    }

    void leave(PrototypeHello hello, Peer peer) {
        rooms.computeIfPresent(hello.clientId(), (id, room) -> {
            if (room.get(hello.mode()) != peer) {
                return room;
            }
            var next = new EnumMap<>(room);
            next.remove(hello.mode());
            return next.isEmpty() ? null : next;
        });
    }

    Optional<Peer> counterpart(PrototypeHello hello) {
        return Optional.ofNullable(rooms.get(hello.clientId())).map(room -> room.get(hello.mode().other()));
    }
}
