package dev.deskrelay.relay.routing;

import dev.deskrelay.protocol.RelayToAgent;
import dev.deskrelay.protocol.RelayToViewer;

/** Delivery by device: to its agent, or to every viewer watching it. */
public interface Router {

    /** @return false when the device's agent is not connected */
    boolean toAgent(String deviceId, RelayToAgent message);

    void toViewers(String deviceId, RelayToViewer message);

    /** A value that the next one makes stale (telemetry): a slow viewer gets the newest, not a backlog. */
    void latestToViewers(String deviceId, RelayToViewer message);
}
