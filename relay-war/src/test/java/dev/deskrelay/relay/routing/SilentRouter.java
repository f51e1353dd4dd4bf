package dev.deskrelay.relay.routing;

import dev.deskrelay.protocol.RelayToAgent;
import dev.deskrelay.protocol.RelayToViewer;

/** A router with nobody connected, for tests of what sends through one; override what a test watches. */
public class SilentRouter implements Router {

    @Override
    public boolean toAgent(String deviceId, RelayToAgent message) {
        return false;
    }

    @Override
    public void toViewers(String deviceId, RelayToViewer message) {
    }

    @Override
    public void latestToViewers(String deviceId, RelayToViewer message) {
    }
}
