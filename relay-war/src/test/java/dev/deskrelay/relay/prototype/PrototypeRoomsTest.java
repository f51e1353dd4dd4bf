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
        rooms.join(desktop, desktopPeer);
        assertTrue(rooms.counterpart(desktop).isEmpty());
        rooms.join(web, webPeer);
        assertSame(webPeer, rooms.counterpart(desktop).orElseThrow());
        assertSame(desktopPeer, rooms.counterpart(web).orElseThrow());
        assertTrue(rooms.counterpart(new PrototypeHello("c2", Mode.DESKTOP)).isEmpty());
    }

    @Test
    void aSecondDesktopReplacesTheFirst() {
        var first = new RecordingPeer("1");
        var second = new RecordingPeer("2");
        rooms.join(desktop, first);
        assertEquals(Optional.of(first), rooms.join(desktop, second));
        rooms.leave(desktop, first);
        assertSame(second, rooms.counterpart(web).orElseThrow());
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
