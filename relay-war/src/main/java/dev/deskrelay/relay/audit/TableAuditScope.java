package dev.deskrelay.relay.audit;

import dev.deskrelay.relay.access.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Answers from the ACCOUNTS and DEVICE_ACCESS tables directly, so the audit log depends on the
 * schema only, not on the classes that keep accounts and shares.
 */
@ApplicationScoped
@Transactional
public class TableAuditScope implements AuditScope {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean isAdmin(String accountId) {
        return !em.createNativeQuery("SELECT ID FROM ACCOUNTS WHERE ID = ?1 AND ADMIN = TRUE")
                .setParameter(1, accountId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public boolean maySeeDevice(String accountId, String deviceId) {
        return !em.createNativeQuery("SELECT ROLE FROM DEVICE_ACCESS WHERE DEVICE_ID = ?1 AND ACCOUNT_ID = ?2 AND ROLE IN (?3, ?4)")
                .setParameter(1, deviceId).setParameter(2, accountId)
                .setParameter(3, Role.OWNER.wireName()).setParameter(4, Role.OPERATOR.wireName())
                .setMaxResults(1).getResultList().isEmpty();
    }
}
