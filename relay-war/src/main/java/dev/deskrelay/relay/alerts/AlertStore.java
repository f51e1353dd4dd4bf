package dev.deskrelay.relay.alerts;

import java.util.List;
import java.util.Optional;

import dev.deskrelay.relay.pairing.Devices;
import dev.deskrelay.relay.pairing.Device;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The alert tables: each state change of a rule on a device in one transaction (ALERT_STATES, a
 * row in ALERT_CHANGES, and the ALERTS row it concerns), and the alerts read back.
 */
@ApplicationScoped
@Transactional
public class AlertStore {

    @PersistenceContext
    EntityManager em;
    @Inject
    Devices devices;

    void pending(String ruleId, String deviceId, long at) {
        if (state(ruleId, deviceId) == null) {
            insert(new AlertStateRow(ruleId, deviceId, AlertStateRow.PENDING, at, null));
            change(at, ruleId, deviceId, null, AlertStateRow.PENDING, null);
        }
    }

    /** A pending rule recovered before it fired; a firing one is left to its RESOLVED. */
    void ok(String ruleId, String deviceId, long at) {
        AlertStateRow row = state(ruleId, deviceId);
        if (row != null && !row.firing()) {
            em.remove(row);
            change(at, ruleId, deviceId, null, "ok", null);
        }
    }

    /** @return the new alert, or empty when another node fired it already */
    Optional<Alert> fire(AlertRule rule, String deviceId, Double value, long at) {
        AlertStateRow row = state(rule.id(), deviceId);
        if (row != null && row.firing()) {
            return Optional.empty();
        }
        var alert = new Alert(rule, deviceId, devices.find(deviceId).map(Device::name).orElse(deviceId), value, at);
        em.persist(alert);
        em.flush();
        if (row == null) {
            insert(new AlertStateRow(rule.id(), deviceId, AlertStateRow.FIRING, at, alert.id()));
        } else {
            // the pending that led to it is part of its story
            em.createQuery("UPDATE AlertChange c SET c.alertId = :alert WHERE c.ruleId = :rule AND c.deviceId = :device"
                    + " AND c.alertId IS NULL AND c.at >= :since").setParameter("alert", alert.id())
                    .setParameter("rule", rule.id()).setParameter("device", deviceId).setParameter("since", row.since())
                    .executeUpdate();
            row.fire(at, alert.id());
        }
        change(at, rule.id(), deviceId, alert.id(), Alert.FIRING, null);
        return Optional.of(alert);
    }

    /** @return the alert to notify again, or empty when it is acknowledged (on any node) or no longer firing */
    Optional<Alert> repeat(String ruleId, String deviceId, long at) {
        return firingAlert(ruleId, deviceId).filter(alert -> !alert.acknowledged()).map(alert -> {
            change(at, ruleId, deviceId, alert.id(), "repeat", null);
            return alert;
        });
    }

    /** @return the alert that resolved, or empty when nothing was firing */
    Optional<Alert> resolve(String ruleId, String deviceId, long at) {
        Optional<Alert> firing = firingAlert(ruleId, deviceId);
        firing.ifPresent(alert -> {
            alert.resolve(at);
            em.remove(state(ruleId, deviceId));
            change(at, ruleId, deviceId, alert.id(), Alert.RESOLVED, null);
        });
        return firing;
    }

    /**
     * A rule changed or removed starts over: its firing alerts resolve (nothing evaluates them as
     * they were any more) and its states go.
     *
     * @param by who changed the rule
     * @return the alerts it resolved
     */
    List<Alert> startOver(String ruleId, String by, long at) {
        List<Alert> firing = em.createQuery("SELECT a FROM Alert a WHERE a.ruleId = :rule AND a.state = :firing",
                Alert.class).setParameter("rule", ruleId).setParameter("firing", Alert.FIRING).getResultList();
        firing.forEach(alert -> {
            alert.resolve(at);
            change(at, ruleId, alert.deviceId(), alert.id(), Alert.RESOLVED, by);
        });
        em.createQuery("DELETE FROM AlertStateRow s WHERE s.ruleId = :rule").setParameter("rule", ruleId).executeUpdate();
        return firing;
    }

    /** The device's rules that are pending or firing, for the node that starts evaluating it. */
    List<StoredState> states(String deviceId) {
        return em.createQuery("SELECT s FROM AlertStateRow s WHERE s.deviceId = :device", AlertStateRow.class)
                .setParameter("device", deviceId).getResultList().stream()
                .map(row -> new StoredState(row.ruleId(), row.firing(), row.since(), row.alertId() != null
                        && Optional.ofNullable(em.find(Alert.class, row.alertId())).map(Alert::acknowledged).orElse(false)))
                .toList();
    }

    void evidence(long alertId, String json) {
        Alert alert = em.find(Alert.class, alertId);
        if (alert != null) {
            alert.evidence(json);
        }
    }

    /** @return the alert, acknowledged now, or empty when the account has no such alert */
    Optional<Alert> acknowledge(String accountId, long alertId, String by, long at) {
        return find(accountId, alertId).map(alert -> {
            if (alert.firing() && !alert.acknowledged()) {
                alert.acknowledge(by, at);
                change(at, alert.ruleId(), alert.deviceId(), alert.id(), "acknowledged", by);
            }
            return alert;
        });
    }

    Optional<Alert> find(String accountId, long alertId) {
        return Optional.ofNullable(em.find(Alert.class, alertId)).filter(alert -> alert.accountId().equals(accountId));
    }

    List<AlertChange> changes(long alertId) {
        return em.createQuery("SELECT c FROM AlertChange c WHERE c.alertId = :alert ORDER BY c.at, c.id",
                AlertChange.class).setParameter("alert", alertId).getResultList();
    }

    /** Newest first, one more than {@code limit} when there are more. */
    List<Alert> list(AlertFilter filter) {
        var query = em.createQuery(filter.jpql(), Alert.class).setMaxResults(filter.limit() + 1);
        filter.parameters().forEach(query::setParameter);
        return query.getResultList();
    }

    /** Firing alerts of the account, acknowledged or not: the page's badge. */
    long firing(String accountId) {
        return em.createQuery("SELECT COUNT(a) FROM Alert a WHERE a.accountId = :account AND a.state = :firing",
                Long.class).setParameter("account", accountId).setParameter("firing", Alert.FIRING).getSingleResult();
    }

    private Optional<Alert> firingAlert(String ruleId, String deviceId) {
        AlertStateRow row = state(ruleId, deviceId);
        if (row == null || !row.firing() || row.alertId() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Alert.class, row.alertId())).filter(Alert::firing);
    }

    /**
     * Flushed at once: another node inserting the same key first fails this call with the
     * database's own error (see {@link DuplicateKeys}) rather than the commit after it.
     */
    private void insert(AlertStateRow row) {
        em.persist(row);
        em.flush();
    }

    private AlertStateRow state(String ruleId, String deviceId) {
        return em.find(AlertStateRow.class, new AlertStateRow.Key(ruleId, deviceId));
    }

    private void change(long at, String ruleId, String deviceId, Long alertId, String state, String actor) {
        em.persist(new AlertChange(at, ruleId, deviceId, alertId, state, actor));
    }
}
