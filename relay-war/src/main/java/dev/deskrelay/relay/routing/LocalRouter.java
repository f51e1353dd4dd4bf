package dev.deskrelay.relay.routing;

import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.protocol.RelayToAgent;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.WireFormat;
import dev.deskrelay.relay.metrics.RelayMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;

/**
 * Routes between the sockets of this relay, which are all there are when it runs alone; a message
 * is encoded once, however many get it. Injected as the {@link Router} only through
 * {@code cluster.RouterSelection}, which puts the cluster's router in its place when there is one.
 */
@ApplicationScoped
@Typed(LocalRouter.class)
public class LocalRouter implements Router {

    private static final Logger LOG = Logger.getLogger(LocalRouter.class.getName());

    private static final WireFormat<RelayToAgent> TO_AGENTS = new WireFormat<>(RelayToAgent.class);
    private static final WireFormat<RelayToViewer> TO_VIEWERS = new WireFormat<>(RelayToViewer.class);

    private final LiveSockets sockets = new LiveSockets();
    private final ViewerSockets viewerSockets = new ViewerSockets();
    private RelayMetrics metrics;
    private ActionAnswers answers;
    private DeviceMemory memory;

    protected LocalRouter() {
    }

    @Inject
    public LocalRouter(RelayMetrics metrics, ActionAnswers answers, DeviceMemory memory) {
        this.metrics = metrics;
        this.answers = answers;
        this.memory = memory;
    }

    @Override
    public void attachAgent(String deviceId, Peer agent) {
        sockets.attachAgent(deviceId, agent).ifPresent(previous -> {
            LOG.warning(() -> "device " + deviceId + " connected again; closing its previous connection"
                    + " (if this repeats, two agents share one credential)");
            previous.close(CloseCode.REPLACED.reason());
        });
    }

    @Override
    public boolean detachAgent(String deviceId, Peer agent) {
        return sockets.detachAgent(deviceId, agent);
    }

    @Override
    public boolean isOnline(String deviceId) {
        return sockets.agent(deviceId).isPresent();
    }

    @Override
    public List<String> devicesOnlineHere() {
        return sockets.onlineDevices();
    }

    @Override
    public void attachViewer(ViewerSocket viewer, Collection<String> deviceIds) {
        viewerSockets.add(viewer.viewerId(), viewer);
        deviceIds.forEach(deviceId -> sockets.attachViewer(deviceId, viewer.peer()));
    }

    @Override
    public void detachViewer(ViewerSocket viewer, Collection<String> deviceIds) {
        sockets.detachViewer(deviceIds, viewer.peer());
    }

    @Override
    public void viewerClosed(ViewerSocket viewer, Collection<String> deviceIds) {
        sockets.detachViewer(deviceIds, viewer.peer());
        viewerSockets.remove(viewer.viewerId(), viewer);
    }

    @Override
    public int viewerCount(String deviceId) {
        return sockets.viewers(deviceId).size();
    }

    @Override
    public boolean toAgent(String deviceId, RelayToAgent message) {
        var agent = sockets.agent(deviceId);
        agent.ifPresent(peer -> {
            peer.send(TO_AGENTS.write(message));
            metrics.relayed();
        });
        return agent.isPresent();
    }

    @Override
    public void closeAgent(String deviceId, CloseReason reason) {
        sockets.agent(deviceId).ifPresent(agent -> agent.close(reason));
    }

    @Override
    public void toViewers(String deviceId, RelayToViewer message) {
        var viewers = sockets.viewers(deviceId);
        if (!viewers.isEmpty()) {
            send(viewers, TO_VIEWERS.write(message));
        }
    }

    /** Already encoded: the text of a message, as another relay of a cluster passes it on. */
    public void toViewers(String deviceId, String text) {
        send(sockets.viewers(deviceId), text);
    }

    @Override
    public void latestToViewers(String deviceId, RelayToViewer message) {
        var viewers = sockets.viewers(deviceId);
        if (!viewers.isEmpty()) {
            sendLatest(viewers, latestKey(deviceId, message), TO_VIEWERS.write(message));
        }
    }

    /** Already encoded, with the key under which a newer value replaces an older one still waiting. */
    public void latestToViewers(String deviceId, String key, String text) {
        sendLatest(sockets.viewers(deviceId), key, text);
    }

    private void send(Collection<Peer> viewers, String text) {
        viewers.forEach(viewer -> {
            viewer.send(text);
            metrics.relayed();
        });
    }

    private void sendLatest(Collection<Peer> viewers, String key, String text) {
        viewers.forEach(viewer -> {
            viewer.sendLatest(key, text);
            metrics.relayed();
        });
    }

    public static String latestKey(String deviceId, RelayToViewer message) {
        return message.getClass().getSimpleName() + "/" + deviceId;
    }

    @Override
    public void toViewer(Peer viewer, RelayToViewer message) {
        viewer.send(TO_VIEWERS.write(message));
    }

    @Override
    public boolean answer(String deviceId, AgentToRelay.ActionResult result) {
        return answers.complete(deviceId, result);
    }

    @Override
    public void lose(String viewerId, String deviceId, RelayToViewer notice) {
        viewerSockets.of(viewerId).forEach(socket -> socket.lose(deviceId, notice));
    }

    @Override
    public void share(String viewerId, RelayToViewer.Shared notice) {
        viewerSockets.of(viewerId).forEach(socket -> socket.gain(notice));
    }

    @Override
    public void toAccount(String accountId, RelayToViewer message) {
        toAccount(accountId, TO_VIEWERS.write(message));
    }

    /** Already encoded, as another relay of a cluster passes it on. */
    public void toAccount(String accountId, String text) {
        send(viewerSockets.of(accountId).stream().map(ViewerSocket::peer).toList(), text);
    }

    @Override
    public void revoke(String viewerId) {
        viewerSockets.of(viewerId).forEach(ViewerSocket::revoked);
    }

    @Override
    public void catchUp(Peer viewer, Collection<String> deviceIds) {
        memory.known(deviceIds).forEach(message -> viewer.sendAnswer(TO_VIEWERS.write(message)));
    }
}
