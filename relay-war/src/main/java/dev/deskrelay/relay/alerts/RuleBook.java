package dev.deskrelay.relay.alerts;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.deskrelay.relay.Sweeps;
import dev.deskrelay.relay.access.HoldingsChanged;
import dev.deskrelay.relay.routing.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * The rules that apply to each device, kept in memory so evaluating a sample reads no database.
 * A device's list is read on its first sample and read again when this node learns that rules or
 * holdings changed (CDI events, after their commit). In a cluster a change made on another node
 * fires no event here, so there the lists of the devices online here are also read again every
 * {@link #REFRESH}, a query per device; a single relay hears of every change and skips that. Lists
 * of devices no longer online here are dropped every {@link #REFRESH} either way.
 *
 * <p>A list that reads the same is kept as the same object: the evaluator recompiles a device's
 * rules only when the list it gets is not the one it compiled.
 */
@ApplicationScoped
public class RuleBook {

    static final Duration REFRESH = Duration.ofSeconds(10);

    private final Map<String, List<AlertRule>> byDevice = new ConcurrentHashMap<>();
    /** Stored states read with a device's rules the first time, until the evaluator takes them. */
    private final Map<String, List<StoredState>> stored = new ConcurrentHashMap<>();
    /** Devices whose first read is on its way ({@link #rulesKnown}). */
    private final Set<String> reading = ConcurrentHashMap.newKeySet();

    @Inject
    Rules rules;
    @Inject
    AlertStore store;
    @Inject
    Router router;
    @Inject
    Sweeps sweeps;
    @Inject
    ScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "deskrelay.cluster.enabled", defaultValue = "false")
    boolean clustered;

    void deployed(@Observes @Initialized(ApplicationScoped.class) Object application) {
        sweeps.every(REFRESH, clustered ? "read the alert rules of the devices online here again"
                : "forget the alert rules of devices no longer online here", clustered ? this::refresh : this::forgetGone);
    }

    /**
     * Every rule that applies to the device, offline rules included; read from the database the
     * first time only, with the device's stored states ({@link #storedStates}).
     */
    public List<AlertRule> rulesFor(String deviceId) {
        List<AlertRule> known = byDevice.get(deviceId);
        return known != null ? known : read(deviceId);
    }

    /**
     * For the evaluator, on the agent's socket thread, which must not wait on the database: the
     * device's rules as known here, or none while its first read runs on the scheduler (a rule
     * then starts with the sample after, a second later), so that a burst of connecting agents
     * holds up no socket and a failing database reaches no agent.
     */
    public List<AlertRule> rulesKnown(String deviceId) {
        List<AlertRule> known = byDevice.get(deviceId);
        if (known != null) {
            return known;
        }
        if (reading.add(deviceId)) {
            later(() -> {
                try {
                    read(deviceId);
                } finally {
                    reading.remove(deviceId);
                }
            });
        }
        return List.of();
    }

    /**
     * The device's pending and firing rules as stored when its rules were read afresh here (the
     * device was new to the book, or forgotten), once; null after that: the evaluator seeds its
     * states with them.
     */
    List<StoredState> storedStates(String deviceId) {
        return stored.remove(deviceId);
    }

    /* Read again on the scheduler: an observer after the commit runs inside the transaction's
       completion, where the database is not to be used, and the caller need not wait for it. */

    void rulesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RulesChanged change) {
        later(this::refresh);
    }

    void holdingsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) HoldingsChanged change) {
        if (change.deviceId() == null) {
            later(this::refresh);
        } else if (byDevice.containsKey(change.deviceId())) {
            later(() -> read(change.deviceId()));
        }
    }

    private void later(Runnable reading) {
        try {
            scheduler.execute(reading);
        } catch (RejectedExecutionException stopping) {
            // the relay is stopping: nothing is evaluated any more
        }
    }

    private void refresh() {
        forgetGone();
        byDevice.keySet().forEach(this::read);
    }

    private void forgetGone() {
        var here = new HashSet<>(router.devicesOnlineHere());
        byDevice.keySet().retainAll(here);
        stored.keySet().retainAll(here);
    }

    private List<AlertRule> read(String deviceId) {
        if (!byDevice.containsKey(deviceId)) {
            stored.put(deviceId, List.copyOf(store.states(deviceId)));
        }
        return byDevice.merge(deviceId, List.copyOf(rules.applyingTo(deviceId)),
                (old, fresh) -> same(old, fresh) ? old : fresh);
    }

    static boolean same(List<AlertRule> old, List<AlertRule> fresh) {
        if (old.size() != fresh.size()) {
            return false;
        }
        for (int i = 0; i < old.size(); i++) {
            if (!old.get(i).sameAs(fresh.get(i))) {
                return false;
            }
        }
        return true;
    }
}
