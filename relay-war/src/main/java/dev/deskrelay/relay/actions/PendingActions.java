package dev.deskrelay.relay.actions;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
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
import dev.deskrelay.relay.MemoryTimers;
import dev.deskrelay.relay.metrics.RelayMetrics;
import dev.deskrelay.relay.routing.ActionAnswers;
import dev.deskrelay.relay.routing.Peer;
import dev.deskrelay.relay.routing.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The relay gives each action its own id on the way to the agent, so ids chosen by different
 * viewers never collide and an agent can only answer what it was asked. Each socket's last
 * {@value #REMEMBERED_IDS} ids are remembered, so a repeated id is refused rather than run twice.
 */
@ApplicationScoped
public class PendingActions implements ActionAnswers {

    static final int REMEMBERED_IDS = 256;

    private final Map<String, Pending> byRelayId = new ConcurrentHashMap<>();
    private final Map<String, UsedIds> usedIdsByViewer = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private Router router;
    private ScheduledExecutorService scheduler;
    private RelayMetrics metrics;
    private Duration timeout;
    private volatile boolean stopping;

    protected PendingActions() {
    }

    @Inject
    public PendingActions(Router router, @MemoryTimers ScheduledExecutorService scheduler, RelayMetrics metrics,
            @ConfigProperty(name = "deskrelay.action-timeout-seconds", defaultValue = "30") long timeoutSeconds) {
        this.router = router;
        this.scheduler = scheduler;
        this.metrics = metrics;
        this.timeout = Duration.ofSeconds(timeoutSeconds);
    }

    /** How long an action waits for its answer; a cluster's members refuse an answer later than this. */
    public Duration timeout() {
        return timeout;
    }

    public void submit(Peer viewer, ViewerToRelay.Action action) {
        submit(viewer, action, ActionOutcome.NONE);
    }

    /** @param outcome told once how the action ended, whichever way */
    public void submit(Peer viewer, ViewerToRelay.Action action, ActionOutcome outcome) {
        if (stopping) {
            outcome.settled(ErrorCode.RELAY_STOPPING.wire());
            answer(viewer, RelayToViewer.ActionResult.failed(action.id(), action.deviceId(), ErrorCode.RELAY_STOPPING,
                    "the relay is stopping; the action was not sent"));
            return;
        }
        if (!usedIdsByViewer.computeIfAbsent(viewer.id(), id -> new UsedIds()).add(action.id())) {
            metrics.rejected(ErrorCode.DUPLICATE_ID);
            outcome.settled(ErrorCode.DUPLICATE_ID.wire());
            answer(viewer, RelayToViewer.ActionResult.failed(action.id(), action.deviceId(), ErrorCode.DUPLICATE_ID,
                    "this connection already sent an action with this id; it is not run twice"));
            return;
        }
        String relayId = "r-" + sequence.incrementAndGet();
        var pending = new Pending(relayId, viewer, action.id(), action.deviceId(), System.nanoTime(), outcome);
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
    @Override
    public boolean complete(String deviceId, AgentToRelay.ActionResult result) {
        Pending pending = byRelayId.get(result.id());
        boolean answered = pending != null && pending.deviceId.equals(deviceId)
                && finish(result.id(), new RelayToViewer.ActionResult(pending.viewerActionId, deviceId, result.ok(),
                        result.data(), result.code(), result.message()));
        if (answered) {
            metrics.actionAnswered(Duration.ofNanos(System.nanoTime() - pending.sentAtNanos));
        }
        return answered;
    }

    public void deviceOffline(String deviceId) {
        agentGone(deviceId, ErrorCode.DEVICE_OFFLINE, "the device went offline");
    }

    @Override
    public void agentGone(String deviceId, ErrorCode code, String message) {
        failAll(pending -> pending.deviceId.equals(deviceId), code, message);
    }

    /**
     * The relay is stopping: every action still waiting is answered, and any that arrives from now
     * on too. The agent may have run one already; only the agent's own answer could tell, and it
     * can no longer arrive.
     */
    public void relayStopping() {
        stopping = true;
        failAll(pending -> true, ErrorCode.RELAY_STOPPING,
                "the relay is stopping; the device may or may not have run the action");
    }

    /** Nobody is left to tell: forget the viewer's actions without answering. */
    public void viewerGone(Peer viewer) {
        usedIdsByViewer.remove(viewer.id());
        byRelayId.values().stream()
                .filter(pending -> pending.viewer == viewer)
                .map(pending -> remove(pending.relayId))
                .filter(java.util.Objects::nonNull)
                .forEach(pending -> pending.outcome.settled(ActionOutcome.VIEWER_LEFT));
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
            pending.outcome.settled(result.ok() ? "ok" : String.valueOf(result.code()));
        }
        return pending != null;
    }

    /** Whoever removes a pending action first answers it; everyone after finds nothing. */
    private Pending remove(String relayId) {
        Pending pending = byRelayId.remove(relayId);
        if (pending != null) {
            if (pending.timeout != null) {
                pending.timeout.cancel(false);
            }
        }
        return pending;
    }

    private void answer(Peer viewer, RelayToViewer.ActionResult result) {
        router.toViewer(viewer, result);
    }

    private static final class Pending {
        final String relayId;
        final Peer viewer;
        final String viewerActionId;
        final String deviceId;
        final long sentAtNanos;
        final ActionOutcome outcome;
        volatile ScheduledFuture<?> timeout;

        Pending(String relayId, Peer viewer, String viewerActionId, String deviceId, long sentAtNanos,
                ActionOutcome outcome) {
            this.relayId = relayId;
            this.viewer = viewer;
            this.viewerActionId = viewerActionId;
            this.deviceId = deviceId;
            this.sentAtNanos = sentAtNanos;
            this.outcome = outcome;
        }
    }

    /** The ids one socket used most recently, oldest forgotten first. */
    private static final class UsedIds {
        private final Set<String> ids = new LinkedHashSet<>();

        synchronized boolean add(String id) {
            if (!ids.add(id)) {
                return false;
            }
            if (ids.size() > REMEMBERED_IDS) {
                ids.remove(ids.iterator().next());
            }
            return true;
        }
    }
}
