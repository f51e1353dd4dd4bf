package dev.deskrelay.relay.account;

import java.util.List;
import java.util.Optional;

import dev.deskrelay.relay.api.ApiError;
import dev.deskrelay.relay.pairing.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The accounts table: who exists, and their passwords. */
@ApplicationScoped
@Transactional
public class Accounts {

    /** One line of the administrator's list. */
    public record Listed(String id, String username, boolean admin, long createdAt, long devices) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Passwords passwords;

    /**
     * Within the caller's transaction, so what made the account (a setup code, an invite) is
     * spent only if the account is made.
     *
     * @throws ApiError {@code bad_username}, {@code weak_password}, {@code username_taken}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Account create(String typedName, String password, boolean admin) {
        String username = Credentials.username(typedName);
        Credentials.password(password);
        if (byUsername(username).isPresent()) {
            throw taken();
        }
        var account = new Account(Secrets.newId("a-"), username, passwords.hash(password), admin,
                System.currentTimeMillis());
        em.persist(account);
        // two people taking one name at once: the unique column refuses the second
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw taken();
        }
        return account;
    }

    public boolean any() {
        return !em.createQuery("SELECT a.id FROM Account a", String.class).setMaxResults(1).getResultList().isEmpty();
    }

    public Optional<Account> byId(String id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** @param typedName as typed: matched without regard to case */
    public Optional<Account> byUsername(String typedName) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :name", Account.class)
                .setParameter("name", typedName.toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    /** Spends a PBKDF2 check either way, so the answer's time says nothing. */
    public boolean hasPassword(String accountId, String password) {
        var account = byId(accountId);
        if (account.isEmpty() || password == null) {
            passwords.matchNothing(password == null ? "" : password);
            return false;
        }
        return passwords.matches(password, account.get().passwordHash());
    }

    public void changePassword(String accountId, String password) {
        Credentials.password(password);
        byId(accountId).orElseThrow(() -> new ApiError(401, "not_signed_in", "sign in first"))
                .passwordHash(passwords.hash(password));
    }

    public List<Listed> list() {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.ID, a.USERNAME, a.ADMIN, a.CREATEDAT,
                       (SELECT COUNT(*) FROM DEVICE_ACCESS d WHERE d.ACCOUNT_ID = a.ID)
                FROM ACCOUNTS a ORDER BY a.USERNAME""").getResultList();
        return rows.stream().map(row -> new Listed((String) row[0], (String) row[1], (Boolean) row[2],
                ((Number) row[3]).longValue(), ((Number) row[4]).longValue())).toList();
    }

    /** @return whether there was such an account */
    public boolean remove(String accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            return false;
        }
        em.remove(account);
        return true;
    }

    private static ApiError taken() {
        return new ApiError(409, "username_taken", "that user name is taken");
    }
}
