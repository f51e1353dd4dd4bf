package dev.deskrelay.relay.routing;

import java.util.Collection;
import java.util.List;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.RelayToAgent;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.WireFormat;
import jakarta.websocket.CloseReason;

/**
 * A router with nobody connected, for tests of what sends through one; override what a test
 * watches. What is sent to a given peer reaches it.
 */
public class SilentRouter implements Router {

    private static final WireFormat<RelayToViewer> TO_VIEWERS = new WireFormat<>(RelayToViewer.class);

    @Override
    public void attachAgent(String deviceId, Peer agent) {
    }

    @Override
    public boolean detachAgent(String deviceId, Peer agent) {
        return false;
    }

    @Override
    public boolean isOnline(String deviceId) {
        return false;
    }

    @Override
    public List<String> devicesOnlineHere() {
        return List.of();
    }

    @Override
    public void attachViewer(ViewerSocket viewer, Collection<String> deviceIds) {
    }

    @Override
    public void detachViewer(ViewerSocket viewer, Collection<String> deviceIds) {
    }

    @Override
    public void viewerClosed(ViewerSocket viewer, Collection<String> deviceIds) {
    }

    @Override
    public int viewerCount(String deviceId) {
        return 0;
    }

    @Override
    public boolean toAgent(String deviceId, RelayToAgent message) {
        return false;
    }

    @Override
    public void closeAgent(String deviceId, CloseReason reason) {
    }

    @Override
    public void toViewers(String deviceId, RelayToViewer message) {
    }

    @Override
    public void latestToViewers(String deviceId, RelayToViewer message) {
    }

    @Override
    public void toViewer(Peer viewer, RelayToViewer message) {
        viewer.send(TO_VIEWERS.write(message));
    }

    @Override
    public boolean answer(String deviceId, AgentToRelay.ActionResult result) {
        return false;
    }

    @Override
    public void lose(String viewerId, String deviceId, RelayToViewer notice) {
    }

    @Override
    public void share(String viewerId, RelayToViewer.Shared notice) {
    }

    @Override
    public void toAccount(String accountId, RelayToViewer message) {
    }

    @Override
    public void revoke(String viewerId) {
    }

    @Override
    public void catchUp(Peer viewer, Collection<String> deviceIds) {
    }
}
