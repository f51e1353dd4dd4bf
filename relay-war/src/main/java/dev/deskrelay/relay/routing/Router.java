package dev.deskrelay.relay.routing;

import java.util.Collection;
import java.util.List;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.RelayToAgent;
import dev.deskrelay.protocol.RelayToViewer;
import jakarta.websocket.CloseReason;

/**
 * Who is connected to which device, and every delivery between sockets: nothing else reaches
 * another socket (but the prototype's {@code /ws}, whose rooms are its own). One relay has one
 * implementation ({@link LocalRouter}); a cluster of relays another, behind this same interface,
 * so no caller knows which it talks to.
 */
public interface Router {

    /** Makes {@code agent} the device's agent; an agent it replaces is closed with 4009. */
    void attachAgent(String deviceId, Peer agent);

    /** @return true when {@code agent} was the device's agent, i.e. the device is now offline */
    boolean detachAgent(String deviceId, Peer agent);

    /** Whether any relay holds the device's agent now. */
    boolean isOnline(String deviceId);

    /** The devices whose agent is connected to this relay. */
    List<String> devicesOnlineHere();

    /** The viewer receives, from now on, what is routed to the viewers of these devices. */
    void attachViewer(ViewerSocket viewer, Collection<String> deviceIds);

    /** The viewer stops receiving the devices' messages (it lost them). */
    void detachViewer(ViewerSocket viewer, Collection<String> deviceIds);

    /** The viewer's socket closed: it leaves its devices and its browser's sockets. */
    void viewerClosed(ViewerSocket viewer, Collection<String> deviceIds);

    /** Viewer sockets of the device on this relay, for the cap on them. */
    int viewerCount(String deviceId);

    /**
     * An action, the one message routed to an agent (everything else an agent gets answers it on its own socket).
     *
     * @return false when no relay holds the device's agent
     */
    boolean toAgent(String deviceId, RelayToAgent message);

    void closeAgent(String deviceId, CloseReason reason);

    void toViewers(String deviceId, RelayToViewer message);

    /** A value that the next one makes stale (telemetry): a slow viewer gets the newest, not a backlog. */
    void latestToViewers(String deviceId, RelayToViewer message);

    /** To one viewer socket of this relay: the answer to something it asked. */
    void toViewer(Peer viewer, RelayToViewer message);

    /**
     * An agent's answer to an action, to the relay whose viewer asked.
     *
     * @return false when no action with that id is waiting for this device's answer
     */
    boolean answer(String deviceId, AgentToRelay.ActionResult result);

    /** Every socket of the browser stops holding the device at once and is told why. */
    void lose(String viewerId, String deviceId, RelayToViewer notice);

    /**
     * Every socket of the viewer gains the device, or its new role on it, at once, and is told
     * ({@code shared} carries the device and the role).
     */
    void share(String viewerId, RelayToViewer.Shared notice);

    /**
     * To every socket of one account, whichever devices they watch (an {@code alert}): the
     * account's sockets on every relay.
     */
    void toAccount(String accountId, RelayToViewer message);

    /** The browser's identity is gone: every socket of it is closed with 4003. */
    void revoke(String viewerId);

    /** Sends the viewer what is known of the devices (system facts, filesystems, recent telemetry). */
    void catchUp(Peer viewer, Collection<String> deviceIds);
}
