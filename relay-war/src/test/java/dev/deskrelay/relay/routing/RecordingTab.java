package dev.deskrelay.relay.routing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.deskrelay.protocol.RelayToViewer;

/** A browser tab's socket, remembering what routing did to it. */
public final class RecordingTab implements ViewerSocket {

    private final String viewerId;
    public final RecordingPeer peer;
    public final List<String> lost = new CopyOnWriteArrayList<>();
    public final List<RelayToViewer.Shared> gained = new CopyOnWriteArrayList<>();
    public volatile boolean revoked;

    public RecordingTab(String viewerId, String socketId) {
        this.viewerId = viewerId;
        this.peer = new RecordingPeer(socketId);
    }

    @Override
    public String viewerId() {
        return viewerId;
    }

    @Override
    public Peer peer() {
        return peer;
    }

    @Override
    public void lose(String deviceId, RelayToViewer notice) {
        lost.add(deviceId);
    }

    @Override
    public void gain(RelayToViewer.Shared notice) {
        gained.add(notice);
    }

    @Override
    public void revoked() {
        revoked = true;
    }
}
