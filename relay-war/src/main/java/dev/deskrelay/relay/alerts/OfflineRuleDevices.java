package dev.deskrelay.relay.alerts;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Offline rules by the devices they apply to, in one query rather than one per device. */
@ApplicationScoped
@Transactional
public class OfflineRuleDevices {

    @PersistenceContext
    EntityManager em;

    /** Every offline rule, by each device it applies to: the account's devices, or the one it names. */
    public Map<String, List<AlertRule>> all() {
        return byDevice("", Map.of());
    }

    /** The account's offline rules, by each device they apply to. */
    public Map<String, List<AlertRule>> ofAccount(String accountId) {
        return byDevice(" AND h.accountId = :account", Map.of("account", accountId));
    }

    private Map<String, List<AlertRule>> byDevice(String narrower, Map<String, Object> parameters) {
        var query = em.createQuery("SELECT h.deviceId, r FROM Holding h, AlertRule r WHERE r.metric = :offline"
                + " AND r.accountId = h.accountId AND (r.deviceId IS NULL OR r.deviceId = h.deviceId)" + narrower,
                Object[].class).setParameter("offline", Metric.OFFLINE);
        parameters.forEach(query::setParameter);
        return query.getResultStream().collect(Collectors.groupingBy(row -> (String) row[0],
                Collectors.mapping(row -> (AlertRule) row[1], Collectors.toList())));
    }
}
