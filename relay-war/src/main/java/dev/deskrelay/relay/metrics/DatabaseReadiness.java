package dev.deskrelay.relay.metrics;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Ready while the database answers: without it nobody can enroll, pair or authenticate. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional
    public HealthCheckResponse call() {
        try {
            long devices = em.createQuery("SELECT COUNT(d) FROM Device d", Long.class).getSingleResult();
            return HealthCheckResponse.named("database").up().withData("devices", devices).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
