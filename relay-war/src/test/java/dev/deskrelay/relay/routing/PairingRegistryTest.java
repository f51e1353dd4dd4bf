package dev.deskrelay.relay.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PairingRegistryTest {

    private final PairingRegistry registry = new PairingRegistry();
    private final Peer agent = new RecordingPeer("a1");
    private final Peer viewer = new RecordingPeer("v1");

    @Test
    void aDeviceIsOnlineWhileItsAgentIsAttached() {
        assertFalse(registry.isOnline("d1"));
        assertTrue(registry.attachAgent("d1", agent).isEmpty());
        assertTrue(registry.isOnline("d1"));
        assertTrue(registry.detachAgent("d1", agent));
        assertFalse(registry.isOnline("d1"));
    }

    @Test
    void onlineDevicesAreThoseWithAnAgentNotThoseOnlyWatched() {
        registry.attachAgent("d1", agent);
        registry.attachViewer("d2", viewer);
        assertEquals(List.of("d1"), registry.onlineDevices());
        registry.detachAgent("d1", agent);
        assertEquals(List.of(), registry.onlineDevices());
    }

    @Test
    void theNewestAgentWinsAndTheOldOnesCloseDoesNotTakeTheDeviceOffline() {
        var newer = new RecordingPeer("a2");
        registry.attachAgent("d1", agent);
        assertSame(agent, registry.attachAgent("d1", newer).orElseThrow());
        assertFalse(registry.detachAgent("d1", agent), "the replaced agent's close must not count");
        assertSame(newer, registry.agent("d1").orElseThrow());
    }

    @Test
    void viewersSeeOnlyTheDevicesTheyAreAttachedTo() {
        var other = new RecordingPeer("v2");
        registry.attachViewer("d1", viewer);
        registry.attachViewer("d2", viewer);
        registry.attachViewer("d2", other);
        assertEquals(Set.of(viewer), Set.copyOf(registry.viewers("d1")));
        assertEquals(Set.of(viewer, other), Set.copyOf(registry.viewers("d2")));
        assertTrue(registry.viewers("d3").isEmpty());
    }

    @Test
    void attachingTwiceKeepsOneEntry() {
        registry.attachViewer("d1", viewer);
        registry.attachViewer("d1", viewer);
        assertEquals(1, registry.viewers("d1").size());
    }

    @Test
    void aDetachedViewerGetsNothingMoreAndTheAgentStays() {
        registry.attachAgent("d1", agent);
        registry.attachViewer("d1", viewer);
        registry.attachViewer("d2", viewer);
        registry.detachViewer(List.of("d1", "d2"), viewer);
        assertTrue(registry.viewers("d1").isEmpty());
        assertTrue(registry.viewers("d2").isEmpty());
        assertTrue(registry.isOnline("d1"));
    }

    @Test
    void detachingAnUnknownDeviceIsHarmless() {
        assertFalse(registry.detachAgent("nope", agent));
        registry.detachViewer(List.of("nope"), viewer);
        assertFalse(registry.isOnline("nope"));
    }
}
