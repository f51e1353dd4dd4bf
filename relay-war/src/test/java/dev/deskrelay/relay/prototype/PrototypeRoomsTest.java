package dev.deskrelay.relay.prototype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.deskrelay.relay.prototype.PrototypeHello.Mode;
import dev.deskrelay.relay.routing.RecordingPeer;

class PrototypeRoomsTest {

    private final PrototypeRooms rooms = new PrototypeRooms();
    private final PrototypeHello desktop = new PrototypeHello("c1", Mode.DESKTOP);
    private final PrototypeHello web = new PrototypeHello("c1", Mode.WEB);

    @Test
    void desktopAndWebOfOneClientIdFindEachOther() {
        var desktopPeer = new RecordingPeer("1");
        var webPeer = new RecordingPeer("2");
        var desktopRoom = rooms.join(desktop, desktopPeer).room();
        assertTrue(desktopRoom.counterpart(Mode.DESKTOP).isEmpty());
        var webRoom = rooms.join(web, webPeer).room();
        assertSame(webPeer, desktopRoom.counterpart(Mode.DESKTOP).orElseThrow());
        assertSame(desktopPeer, webRoom.counterpart(Mode.WEB).orElseThrow());
        assertTrue(rooms.join(new PrototypeHello("c2", Mode.DESKTOP), new RecordingPeer("3")).room()
                .counterpart(Mode.DESKTOP).isEmpty());
    }

    @Test
    void aSecondDesktopReplacesTheFirst() {
        var first = new RecordingPeer("1");
        var second = new RecordingPeer("2");
        rooms.join(desktop, first);
        assertEquals(Optional.of(first), rooms.join(desktop, second).replaced());
        rooms.leave(desktop, first);
        var webRoom = rooms.join(web, new RecordingPeer("3")).room();
        assertSame(second, webRoom.counterpart(Mode.WEB).orElseThrow());
    }

    @Test
    void aRoomLeftEmptyIsNeverJoinedAgain() {
        var desktopPeer = new RecordingPeer("1");
        var oldRoom = rooms.join(desktop, desktopPeer).room();
        rooms.leave(desktop, desktopPeer);
        var webPeer = new RecordingPeer("2");
        var newRoom = rooms.join(web, webPeer).room();
        assertTrue(oldRoom.counterpart(Mode.DESKTOP).isEmpty(), "the old room's last client left");
        var again = rooms.join(desktop, new RecordingPeer("3")).room();
        assertSame(newRoom, again);
        assertSame(webPeer, again.counterpart(Mode.DESKTOP).orElseThrow());
    }

    @Test
    void parsesOnlyTheAuthenticationEvent() {
        assertEquals(Optional.of(desktop),
                PrototypeHello.parse("{\"event\":\"authentication\",\"client_id\":\"c1\",\"client_mode\":\"desktop\"}"));
        assertEquals(Optional.empty(), PrototypeHello.parse("{\"event\":\"cpu\",\"value\":1}"));
        assertEquals(Optional.empty(),
                PrototypeHello.parse("{\"event\":\"authentication\",\"client_id\":\"c1\",\"client_mode\":\"tv\"}"));
        assertEquals(Optional.empty(), PrototypeHello.parse("[]"));
        assertEquals(Optional.empty(), PrototypeHello.parse("nope"));
    }
}
