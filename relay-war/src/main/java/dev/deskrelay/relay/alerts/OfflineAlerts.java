package dev.deskrelay.relay.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import dev.deskrelay.relay.MemoryTimers;
import dev.deskrelay.relay.Sweeps;
import dev.deskrelay.relay.presence.PresenceWatch;
import dev.deskrelay.relay.routing.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Offline rules. When a device goes offline each of its offline rules waits its duration, and
 * fires if the device is offline then, anywhere in the cluster (the router asks the grid), and
 * the rule still applies to it; when it comes online the waits stop and its offline alerts
 * resolve. Nothing is stored while a rule waits. A rule added while its device is offline, or
 * changed so that its alert started over, waits from then.
 *
 * <p>The socket's or the grid's thread that tells of a change only queues it: reading a device's
 * rules may need the database (the rule book keeps only the devices online here), which a
 * thousand agents reconnecting at once must not wait for, and a task per change on the
 * container's scheduler costs a class path scan each. The queue is worked off in order every
 * {@link #DRAIN} on the container's scheduler, one drain at a time; the waits themselves are
 * memory timers, which only queue their end.
 *
 * <p>The waits live in this relay's memory. When a cluster member dies, its devices are offline
 * and the waits of those that had gone offline on it before die with it: the oldest survivor
 * ({@code cluster.NodeLoss}) makes every offline device with offline rules wait from then for the
 * rules it is not waiting for. A restart loses them all, so once
 * started the relay makes every offline device with offline rules wait as if it had just gone
 * offline: one not back within a rule's duration after the start fires (unless already firing).
 */
@ApplicationScoped
public class OfflineAlerts implements PresenceWatch {

    static final Duration DRAIN = Duration.ofSeconds(1);
    /** Far more changes than a second of reconnecting agents; beyond it the database is not keeping up. */
    static final int CAPACITY = 100_000;
    private static final Logger LOG = Logger.getLogger(OfflineAlerts.class.getName());

    private final BlockingQueue<Runnable> changes = new LinkedBlockingQueue<>(CAPACITY);
    /** Each device's waiting rules, by rule id. */
    private final Map<String, Map<String, ScheduledFuture<?>>> waiting = new ConcurrentHashMap<>();
    private volatile boolean started;
    private RuleBook rules;
    private AlertTransitions transitions;
    private Router router;
    private ScheduledExecutorService timers;
    private Sweeps sweeps;
    private Clock clock;
    private OfflineRuleDevices devices;

    protected OfflineAlerts() {
    }

    @Inject
    public OfflineAlerts(RuleBook rules, AlertTransitions transitions, Router router,
            @MemoryTimers ScheduledExecutorService timers, Sweeps sweeps, Clock clock, OfflineRuleDevices devices) {
        this.rules = rules;
        this.transitions = transitions;
        this.router = router;
        this.timers = timers;
        this.sweeps = sweeps;
        this.clock = clock;
        this.devices = devices;
    }

    void deployed(@Observes @Initialized(ApplicationScoped.class) Object application) {
        sweeps.every(DRAIN, "start and stop the waits of offline alert rules", this::drain);
    }

    @Override
    public void offline(String deviceId) {
        queue(() -> startWaits(deviceId));
    }

    @Override
    public void online(String deviceId) {
        queue(() -> resolve(deviceId));
    }

    /** Offline devices wait for the offline rules they are not waiting for, from now: better late than never. */
    @Override
    public void offlineOnALostRelay() {
        queue(() -> waitIfOffline(devices.all()));
    }

    /** The account's offline devices wait for offline rules new to them, and for those whose alerts started over. */
    void rulesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RulesChanged change) {
        queue(() -> {
            for (Alert alert : change.resolved()) {
                var waits = waiting.get(alert.deviceId());
                stop(waits == null ? null : waits.remove(alert.ruleId()));
            }
            waitIfOffline(devices.ofAccount(change.accountId()));
        });
    }

    /** Works off what was queued, in order; first, once, the waits that the start lost. */
    void drain() {
        if (!started) {
            work(() -> {
                waitIfOffline(devices.all());
                started = true;
            });
        }
        for (Runnable change = changes.poll(); change != null; change = changes.poll()) {
            work(change);
        }
    }

    /** One line for a failure: a database that is down would fail every change in the queue alike. */
    private static void work(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            LOG.warning(() -> "an offline alert rule's wait could not start, fire or resolve: " + e);
        }
    }

    /** The devices whose offline rules are waiting, for tests. */
    int waitingDevices() {
        return waiting.size();
    }

    private void queue(Runnable change) {
        if (!changes.offer(change)) {
            LOG.warning("offline alert rules are not keeping up: a change of presence or rules is lost");
        }
    }

    /** Each offline rule of the device waits its duration from now; waits running from before stop. */
    private void startWaits(String deviceId) {
        stopWaits(deviceId);
        waitFor(deviceId, offlineRules(deviceId));
    }

    /** @param offlineRules offline rules by each device they apply to, read together */
    private void waitIfOffline(Map<String, List<AlertRule>> offlineRules) {
        offlineRules.forEach((deviceId, offline) -> {
            if (!router.isOnline(deviceId)) {
                waitFor(deviceId, offline);
            }
        });
    }

    /** Those of the rules that are not waiting for the device start to, from now. */
    private void waitFor(String deviceId, List<AlertRule> offline) {
        for (AlertRule rule : offline) {
            waiting.computeIfAbsent(deviceId, id -> new ConcurrentHashMap<>()).computeIfAbsent(rule.id(),
                    ruleId -> timers.schedule(() -> queue(() -> expired(ruleId, deviceId)), rule.durationSeconds(),
                            TimeUnit.SECONDS));
        }
    }

    /**
     * Resolving an offline alert that is not firing changes nothing, and this relay cannot know
     * which are: another may have fired them, before it died or this one restarted.
     */
    private void resolve(String deviceId) {
        stopWaits(deviceId);
        long now = clock.millis();
        for (AlertRule rule : offlineRules(deviceId)) {
            transitions.changed(rule, deviceId, Transition.RESOLVED, Double.NaN, now);
        }
    }

    private void expired(String ruleId, String deviceId) {
        waiting.computeIfPresent(deviceId, (id, waits) -> {
            waits.remove(ruleId);
            return waits.isEmpty() ? null : waits;
        });
        if (router.isOnline(deviceId)) {
            return;
        }
        long now = clock.millis();
        // the rule as it is now: removed, or no longer the device's, it does not fire
        offlineRules(deviceId).stream().filter(rule -> rule.id().equals(ruleId)).findFirst()
                .ifPresent(rule -> transitions.changed(rule, deviceId, Transition.FIRING, Double.NaN, now));
    }

    private List<AlertRule> offlineRules(String deviceId) {
        return rules.rulesFor(deviceId).stream().filter(rule -> Metric.OFFLINE.equals(rule.metric())).toList();
    }

    private void stopWaits(String deviceId) {
        var waits = waiting.remove(deviceId);
        if (waits != null) {
            waits.values().forEach(OfflineAlerts::stop);
        }
    }

    private static void stop(ScheduledFuture<?> wait) {
        if (wait != null) {
            wait.cancel(false);
        }
    }
}
