package dev.deskrelay.relay.alerts;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Which devices offline rules apply to, each in one query rather than one per device. */
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

    /** The account's offline rules, by each device of the account's they apply to. */
    public Map<String, List<AlertRule>> ofAccount(String accountId) {
        return em.createQuery("SELECT h.deviceId, r FROM Holding h, AlertRule r WHERE h.accountId = :account"
                + " AND r.accountId = :account AND r.metric = :offline AND (r.deviceId IS NULL OR r.deviceId = h.deviceId)",
                Object[].class).setParameter("account", accountId).setParameter("offline", Metric.OFFLINE)
                .getResultStream().collect(Collectors.groupingBy(row -> (String) row[0],
                        Collectors.mapping(row -> (AlertRule) row[1], Collectors.toList())));
    }
}
