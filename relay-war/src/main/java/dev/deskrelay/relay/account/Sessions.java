package dev.deskrelay.relay.account;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.deskrelay.relay.pairing.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Signed-in browsers. The cookie holds a 256-bit secret and the table its SHA-256, so a copy of
 * the database signs nobody in.
 */
@ApplicationScoped
@Transactional
public class Sessions {

    @PersistenceContext
    EntityManager em;
    @Inject
    @ConfigProperty(name = "deskrelay.session-hours", defaultValue = "168")
    int sessionHours;

    /** @return the new session's secret, for the cookie */
    public String start(String accountId) {
        String secret = Secrets.newSecret();
        long now = System.currentTimeMillis();
        em.persist(new AccountSession(Secrets.hash(secret), accountId, now, now + lifetime().toMillis()));
        return secret;
    }

    public Duration lifetime() {
        return Duration.ofHours(sessionHours);
    }

    /** @return the account signed in with this secret; an expired session is deleted when met */
    public Optional<String> accountOf(String secret) {
        AccountSession session = em.find(AccountSession.class, Secrets.hash(secret));
        if (session == null) {
            return Optional.empty();
        }
        if (session.expiredAt(System.currentTimeMillis())) {
            em.remove(session);
            return Optional.empty();
        }
        return Optional.of(session.accountId());
    }

    public void end(String secret) {
        em.createQuery("DELETE FROM AccountSession s WHERE s.tokenHash = :hash")
                .setParameter("hash", Secrets.hash(secret)).executeUpdate();
    }

    /** Ends every session of the account but the one with {@code keptSecret} (null: all of them). */
    public void endAll(String accountId, String keptSecret) {
        em.createQuery("DELETE FROM AccountSession s WHERE s.accountId = :account AND s.tokenHash <> :kept")
                .setParameter("account", accountId)
                .setParameter("kept", keptSecret == null ? "" : Secrets.hash(keptSecret))
                .executeUpdate();
    }

    public void removeExpired() {
        em.createQuery("DELETE FROM AccountSession s WHERE s.expiresAt <= :now")
                .setParameter("now", System.currentTimeMillis()).executeUpdate();
    }
}
