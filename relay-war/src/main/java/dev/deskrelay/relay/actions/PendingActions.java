package dev.deskrelay.relay.actions;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.RelayToAgent;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.ViewerToRelay;
import dev.deskrelay.protocol.WireFormat;
import dev.deskrelay.relay.routing.Peer;
import dev.deskrelay.relay.routing.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The relay gives each action its own id on the way to the agent, so ids chosen by different
 * viewers never collide and an agent can only answer what it was asked.
 */
@ApplicationScoped
public class PendingActions {

    private final Map<String, Pending> byRelayId = new ConcurrentHashMap<>();
    private final Map<String, String> relayIdByViewerKey = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final WireFormat<RelayToViewer> toViewers = new WireFormat<>(RelayToViewer.class);
    private Router router;
    private ScheduledExecutorService scheduler;
    private Duration timeout;

    protected PendingActions() {
    }

    @Inject
    public PendingActions(Router router, ScheduledExecutorService scheduler,
            @ConfigProperty(name = "deskrelay.action-timeout-seconds", defaultValue = "30") long timeoutSeconds) {
        this.router = router;
        this.scheduler = scheduler;
        this.timeout = Duration.ofSeconds(timeoutSeconds);
    }

    public void submit(Peer viewer, ViewerToRelay.Action action) {
        String viewerKey = viewer.id() + "/" + action.id();
        String relayId = "r-" + sequence.incrementAndGet();
        if (relayIdByViewerKey.putIfAbsent(viewerKey, relayId) != null) {
            answer(viewer, RelayToViewer.ActionResult.failed(action.id(), action.deviceId(), ErrorCode.DUPLICATE_ID,
                    "an action with this id is still pending"));
            return;
        }
        var pending = new Pending(relayId, viewerKey, viewer, action.id(), action.deviceId());
        byRelayId.put(relayId, pending);
        pending.timeout = scheduler.schedule(() -> fail(relayId, ErrorCode.TIMEOUT, "the device did not answer in time"),
                timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!router.toAgent(action.deviceId(), new RelayToAgent.Action(relayId, action.action(), action.args()))) {
            fail(relayId, ErrorCode.DEVICE_OFFLINE, "the device is offline");
        }
    }

    /**
     * An agent's answer. Only an action pending for that very device can be answered, once.
     *
     * @return false when there was no such action (already answered, timed out, or never sent)
     */
    public boolean complete(String deviceId, AgentToRelay.ActionResult result) {
        Pending pending = byRelayId.get(result.id());
        return pending != null && pending.deviceId.equals(deviceId)
                && finish(result.id(), new RelayToViewer.ActionResult(pending.viewerActionId, deviceId, result.ok(),
                        result.data(), result.code(), result.message()));
    }

    public void deviceOffline(String deviceId) {
        failAll(pending -> pending.deviceId.equals(deviceId), ErrorCode.DEVICE_OFFLINE, "the device went offline");
    }

    /** Nobody is left to tell: forget the viewer's actions without answering. */
    public void viewerGone(Peer viewer) {
        byRelayId.values().stream()
                .filter(pending -> pending.viewer == viewer)
                .forEach(pending -> remove(pending.relayId));
    }

    int pendingCount() {
        return byRelayId.size();
    }

    private void failAll(Predicate<Pending> which, ErrorCode code, String message) {
        byRelayId.values().stream().filter(which).forEach(pending -> fail(pending.relayId, code, message));
    }

    private void fail(String relayId, ErrorCode code, String message) {
        Pending pending = byRelayId.get(relayId);
        if (pending != null) {
            finish(relayId, RelayToViewer.ActionResult.failed(pending.viewerActionId, pending.deviceId, code, message));
        }
    }

    private boolean finish(String relayId, RelayToViewer.ActionResult result) {
        Pending pending = remove(relayId);
        if (pending != null) {
            answer(pending.viewer, result);
        }
        return pending != null;
    }

    /** Whoever removes a pending action first answers it; everyone after finds nothing. */
    private Pending remove(String relayId) {
        Pending pending = byRelayId.remove(relayId);
        if (pending != null) {
            relayIdByViewerKey.remove(pending.viewerKey);
            if (pending.timeout != null) {
                pending.timeout.cancel(false);
            }
        }
        return pending;
    }

    private void answer(Peer viewer, RelayToViewer.ActionResult result) {
        viewer.send(toViewers.write(result));
    }

    private static final class Pending {
        final String relayId;
        final String viewerKey;
        final Peer viewer;
        final String viewerActionId;
        final String deviceId;
        volatile ScheduledFuture<?> timeout;

        Pending(String relayId, String viewerKey, Peer viewer, String viewerActionId, String deviceId) {
            this.relayId = relayId;
            this.viewerKey = viewerKey;
            this.viewer = viewer;
            this.viewerActionId = viewerActionId;
            this.deviceId = deviceId;
        }
    }
}
