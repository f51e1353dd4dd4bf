package dev.deskrelay.relay.access;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Accounts as sharing names them: by user name, which people know, and by id, which holdings keep. */
@ApplicationScoped
@Transactional
public class AccountNames {

    @PersistenceContext
    EntityManager em;

    public Optional<String> idOf(String username) {
        return em.createNativeQuery("SELECT ID FROM ACCOUNTS WHERE USERNAME = ?1", String.class)
                .setParameter(1, username.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .map(String.class::cast)
                .findFirst();
    }

    /** The user name, or the id itself for an account removed meanwhile. */
    public String nameOf(String accountId) {
        return em.createNativeQuery("SELECT USERNAME FROM ACCOUNTS WHERE ID = ?1", String.class)
                .setParameter(1, accountId)
                .getResultStream()
                .map(String.class::cast)
                .findFirst()
                .orElse(accountId);
    }
}
