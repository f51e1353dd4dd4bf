package dev.deskrelay.relay.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The audit log's table: batches written, old rows removed, rows read back by an {@link AuditQuery}. */
@ApplicationScoped
@Transactional
public class AuditStore {

    @PersistenceContext
    EntityManager em;

    /**
     * One transaction for the whole batch, a row at a time in the batch's order: the ids are the
     * order the log reads back, and EclipseLink would insert the new rows of one commit in any order.
     */
    public void write(List<AuditEvent> batch) {
        for (AuditEvent event : batch) {
            em.persist(event);
            em.flush();
        }
    }

    /** @return how many events older than {@code cutOff} (epoch ms) were removed */
    public int removeBefore(long cutOff) {
        return em.createQuery("DELETE FROM AuditEvent e WHERE e.at < :cutOff").setParameter("cutOff", cutOff).executeUpdate();
    }

    public List<AuditEvent> find(AuditQuery query) {
        var found = em.createQuery(query.jpql(), AuditEvent.class).setMaxResults(query.limit() + 1);
        query.parameters().forEach(found::setParameter);
        return found.getResultList();
    }
}
