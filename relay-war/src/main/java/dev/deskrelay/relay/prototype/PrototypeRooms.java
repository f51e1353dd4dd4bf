package dev.deskrelay.relay.prototype;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import dev.deskrelay.relay.prototype.PrototypeHello.Mode;
import dev.deskrelay.relay.routing.Peer;
import jakarta.enterprise.context.ApplicationScoped;

/** The prototype's pairing: one desktop and one web client per client id, matched by nothing else. */
@ApplicationScoped
public class PrototypeRooms {

    private final Map<String, Room> rooms = new ConcurrentHashMap<>();

    /**
     * One client id's desktop and web client. A client keeps its room and finds its counterpart
     * there for every frame, rather than through this bean's container proxy and the map: that
     * lookup cost more than the forwarding. Members change only inside the map's {@code compute}
     * for the client id, so a room that is empty and gone from the map is never joined again.
     */
    static final class Room {
        private final AtomicReferenceArray<Peer> members = new AtomicReferenceArray<>(Mode.values().length);

        Optional<Peer> counterpart(Mode mode) {
            return Optional.ofNullable(members.get(mode.other().ordinal()));
        }

        private boolean isEmpty() {
            for (int i = 0; i < members.length(); i++) {
                if (members.get(i) != null) {
                    return false;
                }
            }
            return true;
        }
    }

    /** @param replaced the client of the same id and mode that this one replaces, which the caller closes */
    record Joined(Room room, Optional<Peer> replaced) {
    }

    Joined join(PrototypeHello hello, Peer peer) {
        Peer[] replaced = new Peer[1];
        Room joined = rooms.compute(hello.clientId(), (id, room) -> {
            var next = room == null ? new Room() : room;
            replaced[0] = next.members.getAndSet(hello.mode().ordinal(), peer);
            return next;
        });
        return new Joined(joined, Optional.ofNullable(replaced[0]));
    }

    void leave(PrototypeHello hello, Peer peer) {
        rooms.computeIfPresent(hello.clientId(), (id, room) -> {
            room.members.compareAndSet(hello.mode().ordinal(), peer, null);
            return room.isEmpty() ? null : room;
        });
    }
}
