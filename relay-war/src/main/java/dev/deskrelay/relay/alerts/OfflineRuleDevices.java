package dev.deskrelay.relay.alerts;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Which devices an offline rule applies to, for the relay's start: one query, not one per device. */
@ApplicationScoped
@Transactional
public class OfflineRuleDevices {

    @PersistenceContext
    EntityManager em;

    /** Every device held by an account with an offline rule for it or for all its devices. */
    public List<String> all() {
        return em.createQuery("SELECT DISTINCT h.deviceId FROM Holding h, AlertRule r WHERE r.metric = :offline"
                + " AND r.accountId = h.accountId AND (r.deviceId IS NULL OR r.deviceId = h.deviceId)", String.class)
                .setParameter("offline", Metric.OFFLINE).getResultList();
    }
}
