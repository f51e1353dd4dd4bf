package dev.deskrelay.relay.account;

import java.time.Duration;
import java.util.List;

import dev.deskrelay.relay.api.ApiError;
import dev.deskrelay.relay.pairing.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Administrators' one-time invitations; the code travels in the link's fragment, only its hash is kept. */
@ApplicationScoped
@Transactional
public class Invites {

    /** An invite as made: the {@code code} is shown this once. */
    public record Issued(String id, String code, long expiresAt) {
    }

    static final int DEFAULT_HOURS = 72;
    static final int MAX_HOURS = 168;

    @PersistenceContext
    EntityManager em;
    @Inject
    Accounts accounts;

    /** @throws ApiError {@code bad_hours} outside 1 to 168 */
    public Issued create(String createdBy, Integer hours) {
        int lifetime = hours == null ? DEFAULT_HOURS : hours;
        if (lifetime < 1 || lifetime > MAX_HOURS) {
            throw new ApiError(400, "bad_hours", "an invite lasts 1 to " + MAX_HOURS + " hours");
        }
        String code = Secrets.newSecret();
        long now = System.currentTimeMillis();
        var invite = new Invite(Secrets.newId("i-"), Secrets.hash(code), createdBy, now,
                now + Duration.ofHours(lifetime).toMillis());
        em.persist(invite);
        return new Issued(invite.id(), code, invite.expiresAt());
    }

    public List<Invite> open() {
        return em.createQuery("SELECT i FROM Invite i WHERE i.expiresAt > :now ORDER BY i.createdAt", Invite.class)
                .setParameter("now", System.currentTimeMillis()).getResultList();
    }

    /** @return whether there was such an invite */
    public boolean withdraw(String id) {
        return em.createQuery("DELETE FROM Invite i WHERE i.id = :id").setParameter("id", id).executeUpdate() > 0;
    }

    /**
     * Spends an invite within the caller's transaction, so it stays unspent if the account is not made.
     * Deleting it is what makes it one-time: of two people using one code at once, the second
     * deletes nothing.
     *
     * @throws ApiError {@code bad_invite}: unknown, used or expired
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void spend(String code) {
        int spent = code == null ? 0
                : em.createQuery("DELETE FROM Invite i WHERE i.codeHash = :hash AND i.expiresAt > :now")
                        .setParameter("hash", Secrets.hash(code))
                        .setParameter("now", System.currentTimeMillis()).executeUpdate();
        if (spent == 0) {
            throw new ApiError(400, "bad_invite", "this invite is unknown, used or expired: ask for a new one");
        }
    }

    /**
     * Makes an account with an invite, both or neither.
     *
     * @throws ApiError {@code bad_invite}, or the account's own refusals
     */
    public Account accept(String code, String username, String password) {
        Credentials.username(username);
        Credentials.password(password);
        spend(code);
        return accounts.create(username, password, false);
    }

    public void removeExpired() {
        em.createQuery("DELETE FROM Invite i WHERE i.expiresAt <= :now")
                .setParameter("now", System.currentTimeMillis()).executeUpdate();
    }
}
