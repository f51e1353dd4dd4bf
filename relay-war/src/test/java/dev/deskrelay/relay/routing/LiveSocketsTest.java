package dev.deskrelay.relay.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LiveSocketsTest {

    private final LiveSockets sockets = new LiveSockets();
    private final Peer agent = new RecordingPeer("a1");
    private final Peer viewer = new RecordingPeer("v1");

    @Test
    void aDeviceIsOnlineWhileItsAgentIsAttached() {
        assertFalse(sockets.agent("d1").isPresent());
        assertTrue(sockets.attachAgent("d1", agent).isEmpty());
        assertTrue(sockets.agent("d1").isPresent());
        assertTrue(sockets.detachAgent("d1", agent));
        assertFalse(sockets.agent("d1").isPresent());
    }

    @Test
    void onlineDevicesAreThoseWithAnAgentNotThoseOnlyWatched() {
        sockets.attachAgent("d1", agent);
        sockets.attachViewer("d2", viewer);
        assertEquals(List.of("d1"), sockets.onlineDevices());
        sockets.detachAgent("d1", agent);
        assertEquals(List.of(), sockets.onlineDevices());
    }

    @Test
    void theNewestAgentWinsAndTheOldOnesCloseDoesNotTakeTheDeviceOffline() {
        var newer = new RecordingPeer("a2");
        sockets.attachAgent("d1", agent);
        assertSame(agent, sockets.attachAgent("d1", newer).orElseThrow());
        assertFalse(sockets.detachAgent("d1", agent), "the replaced agent's close must not count");
        assertSame(newer, sockets.agent("d1").orElseThrow());
    }

    @Test
    void viewersSeeOnlyTheDevicesTheyAreAttachedTo() {
        var other = new RecordingPeer("v2");
        sockets.attachViewer("d1", viewer);
        sockets.attachViewer("d2", viewer);
        sockets.attachViewer("d2", other);
        assertEquals(Set.of(viewer), Set.copyOf(sockets.viewers("d1")));
        assertEquals(Set.of(viewer, other), Set.copyOf(sockets.viewers("d2")));
        assertTrue(sockets.viewers("d3").isEmpty());
    }

    @Test
    void attachingTwiceKeepsOneEntry() {
        sockets.attachViewer("d1", viewer);
        sockets.attachViewer("d1", viewer);
        assertEquals(1, sockets.viewers("d1").size());
    }

    @Test
    void aDetachedViewerGetsNothingMoreAndTheAgentStays() {
        sockets.attachAgent("d1", agent);
        sockets.attachViewer("d1", viewer);
        sockets.attachViewer("d2", viewer);
        sockets.detachViewer(List.of("d1", "d2"), viewer);
        assertTrue(sockets.viewers("d1").isEmpty());
        assertTrue(sockets.viewers("d2").isEmpty());
        assertTrue(sockets.agent("d1").isPresent());
    }

    @Test
    void detachingAnUnknownDeviceIsHarmless() {
        assertFalse(sockets.detachAgent("nope", agent));
        sockets.detachViewer(List.of("nope"), viewer);
        assertFalse(sockets.agent("nope").isPresent());
    }
}
