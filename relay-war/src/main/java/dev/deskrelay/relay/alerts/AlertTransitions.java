package dev.deskrelay.relay.alerts;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Logger;

import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.relay.routing.Router;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * What a rule's change of state on a device does, off the thread that saw it: stored
 * ({@link AlertStore}); on firing the evidence gathered and kept with the alert; the account's
 * sockets told ({@code alert}) of a firing or resolved alert; the channels given an
 * {@link AlertNotice} for firing (once its evidence is in), repeat and resolved.
 *
 * <p>In a cluster two nodes may both see a device fire (its agent moved between them): the
 * firing state's primary key lets one store it, and the other's FIRING is ignored, or refused
 * by the database when both insert at once (one line in the log, no trace: a race, not a
 * failure). A REPEAT of an alert that someone acknowledged, on whatever node, is dropped here, so
 * the node evaluating the device need not learn of the acknowledgement.
 */
@ApplicationScoped
public class AlertTransitions {

    /** Far more changes than rules fire at once; beyond it the database is not keeping up. */
    static final int CAPACITY = 10_000;
    private static final Logger LOG = Logger.getLogger(AlertTransitions.class.getName());
    /** Nulls written: the page reads {@code "processes": null} as "none, see processesUnavailable". */
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @Inject
    AlertStore store;
    @Inject
    EvidenceSource evidence;
    @Inject
    Event<AlertNotice> notices;
    @Inject
    Router router;
    @Inject
    ScheduledExecutorService scheduler;

    private WriteQueue writes;

    @PostConstruct
    void start() {
        writes = new WriteQueue(CAPACITY, scheduler);
    }

    /** What is queued when the relay stops is stored before it goes, while the database still works. */
    void stopping(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) @BeforeDestroyed(ApplicationScoped.class)
            Object application) {
        writes.close();
    }

    /** Thread-safe, returns at once; NONE changes nothing. */
    public void changed(AlertRule rule, String deviceId, Transition transition, double value, long at) {
        if (transition != Transition.NONE) {
            queue(() -> store(rule, deviceId, transition, value, at), transition + " of rule " + rule.id() + " on " + deviceId);
        }
    }

    private void queue(Runnable write, String what) {
        if (!writes.add(() -> unlessRaced(write, what))) {
            LOG.warning(() -> "the database is not keeping up with alerts: the " + what + " is lost");
        }
    }

    /** Another node storing the same state first is a race of the cluster, not a failure: one line, no trace. */
    private static void unlessRaced(Runnable write, String what) {
        try {
            write.run();
        } catch (RuntimeException failed) {
            if (!DuplicateKeys.refused(failed)) {
                throw failed;
            }
            LOG.info(() -> "another relay stored the " + what + " first; this one's is dropped");
        }
    }

    private void store(AlertRule rule, String deviceId, Transition transition, double value, long at) {
        Double known = Double.isFinite(value) ? value : null;
        switch (transition) {
            case PENDING -> store.pending(rule.id(), deviceId, at);
            case OK -> store.ok(rule.id(), deviceId, at);
            case FIRING -> store.fire(rule, deviceId, known, at).ifPresent(alert -> fired(rule, alert));
            case REPEAT -> store.repeat(rule.id(), deviceId, at)
                    .ifPresent(alert -> notify("repeat", alert, known, at, storedEvidence(alert)));
            case RESOLVED -> store.resolve(rule.id(), deviceId, at).ifPresent(alert -> {
                tell(alert, at);
                notify("resolved", alert, known, at, null);
            });
            case NONE -> {
                // nothing happened
            }
        }
    }

    /** The sockets at once; the channels once the evidence is in (within about the action timeout). */
    private void fired(AlertRule rule, Alert alert) {
        tell(alert, alert.firedAt());
        evidence.collect(alert.deviceId(), rule.metric(), rule.mount()).whenComplete((gathered, failed) -> {
            Evidence kept = gathered != null ? gathered
                    : new Evidence(rule.metric(), Metric.unitOf(rule.metric()), List.of(), null, null,
                            "the relay could not gather the evidence");
            queue(() -> {
                store.evidence(alert.id(), JSON.toJson(kept));
                notify("firing", alert, alert.firedValue(), alert.firedAt(), kept);
            }, "evidence of alert " + alert.id());
        });
    }

    /**
     * Once the change committed, so the page that reads the alerts again finds them resolved; the
     * channels hear of it too, or they would show an alert firing that the page shows resolved.
     * No value: nothing measured resolved it.
     */
    void rulesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RulesChanged change) {
        change.resolved().forEach(alert -> {
            tell(alert, alert.resolvedAt());
            notify("resolved", alert, null, alert.resolvedAt(), null);
        });
    }

    /** The account's sockets, on every node: the page reads the alerts again. */
    void tell(Alert alert, long at) {
        router.toAccount(alert.accountId(), new RelayToViewer.Alert(alert.id(), alert.deviceId(), alert.ruleName(),
                alert.severity(), alert.state(), alert.acknowledged(), at));
    }

    private void notify(String kind, Alert alert, Double value, long at, Evidence kept) {
        notices.fire(new AlertNotice(kind, alert.id(), alert.accountId(), null, alert.ruleName(), alert.severity(),
                alert.deviceId(), alert.deviceName(), alert.metric(), alert.comparison(), alert.threshold(), value,
                Metric.unitOf(alert.metric()), at, kept));
    }

    private static Evidence storedEvidence(Alert alert) {
        return alert.evidence() == null ? null : JSON.fromJson(alert.evidence(), Evidence.class);
    }
}
