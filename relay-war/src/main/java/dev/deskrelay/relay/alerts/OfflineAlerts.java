package dev.deskrelay.relay.alerts;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.deskrelay.relay.presence.PresenceWatch;
import dev.deskrelay.relay.routing.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Offline rules. When a device goes offline each of its offline rules waits its duration, and
 * fires if the device is offline then, anywhere in the cluster (the router asks the grid) and
 * the rule still applies to it; when it comes online the waits stop and its offline alerts
 * resolve. Nothing is stored while a rule waits: a device that drops and comes back within the
 * duration costs the database nothing but the rules' lookup.
 *
 * <p>Everything runs on the container's scheduler, not on the socket's or the grid's thread that
 * tells of the change: reading a device's rules may need the database (the rule book keeps only
 * the devices online here), and the thread that tells must not wait for it.
 *
 * <p>The waits live in this relay's memory. When a cluster member dies, the survivor that removes
 * its claim on a device starts the device's waits ({@code cluster.NodeLoss}); a device that went
 * offline on a member that then died loses its waits with it. A relay's restart loses them all,
 * so when it starts every device with offline rules that is offline waits as if it had just gone
 * offline: one not back within a rule's duration after the start fires (unless already firing).
 */
@ApplicationScoped
public class OfflineAlerts implements PresenceWatch {

    private final Map<String, Waits> waiting = new ConcurrentHashMap<>();
    private RuleBook rules;
    private AlertTransitions transitions;
    private Router router;
    private ScheduledExecutorService scheduler;
    private Clock clock;
    private OfflineRuleDevices devices;

    protected OfflineAlerts() {
    }

    @Inject
    public OfflineAlerts(RuleBook rules, AlertTransitions transitions, Router router,
            ScheduledExecutorService scheduler, Clock clock, OfflineRuleDevices devices) {
        this.rules = rules;
        this.transitions = transitions;
        this.router = router;
        this.scheduler = scheduler;
        this.clock = clock;
        this.devices = devices;
    }

    void deployed(@Observes @Initialized(ApplicationScoped.class) Object application) {
        scheduler.execute(this::afterStart);
    }

    /** The waits that ran before the start are lost: every offline device with offline rules waits again. */
    void afterStart() {
        devices.all().stream().filter(deviceId -> !router.isOnline(deviceId)).forEach(this::startWaits);
    }

    @Override
    public void offline(String deviceId) {
        scheduler.execute(() -> startWaits(deviceId));
    }

    @Override
    public void online(String deviceId) {
        scheduler.execute(() -> resolve(deviceId));
    }

    /** The devices whose offline rules are waiting, for tests. */
    int waitingDevices() {
        return waiting.size();
    }

    /** Each offline rule of the device waits its duration from now; waits running from before stop. */
    private void startWaits(String deviceId) {
        List<AlertRule> offline = offlineRules(deviceId);
        Waits waits = offline.isEmpty() ? null : new Waits(offline.size());
        for (AlertRule rule : offline) {
            waits.timers.add(scheduler.schedule(() -> expired(rule.id(), deviceId, waits), rule.durationSeconds(),
                    TimeUnit.SECONDS));
        }
        stop(waits == null ? waiting.remove(deviceId) : waiting.put(deviceId, waits));
    }

    /**
     * Resolving an offline alert that is not firing changes nothing, and this relay cannot know
     * which are: another may have fired them, before it died or this one restarted.
     */
    private void resolve(String deviceId) {
        stop(waiting.remove(deviceId));
        long now = clock.millis();
        for (AlertRule rule : offlineRules(deviceId)) {
            transitions.changed(rule, deviceId, Transition.RESOLVED, Double.NaN, now);
        }
    }

    private void expired(String ruleId, String deviceId, Waits waits) {
        if (waits.left.decrementAndGet() == 0) {
            waiting.remove(deviceId, waits);
        }
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

    private static void stop(Waits waits) {
        if (waits != null) {
            waits.timers.forEach(timer -> timer.cancel(false));
        }
    }

    /** One offline stretch's timers, one per rule; forgotten when the last has run. */
    private static final class Waits {
        final List<ScheduledFuture<?>> timers = new CopyOnWriteArrayList<>();
        final AtomicInteger left;

        Waits(int rules) {
            this.left = new AtomicInteger(rules);
        }
    }
}
