package dev.deskrelay.relay.account;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.deskrelay.relay.api.ApiError;
import dev.deskrelay.relay.pairing.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Personal API tokens, {@code t-<id>.<secret>}: the id finds the row, the secret is compared with
 * its hash in constant time, so a token can be revoked by its id without anyone knowing it.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    /** A token as made: the whole {@code token} is shown this once. */
    public record Issued(String id, String name, String token) {
    }

    static final String PREFIX = "t-";
    // a script authenticating every second would otherwise write the row every second
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    /** @throws ApiError {@code bad_name} unless the name is 1 to 64 characters */
    public Issued create(String accountId, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 64) {
            throw new ApiError(400, "bad_name", "a token's name is 1 to 64 characters");
        }
        String id = Secrets.newId(PREFIX);
        String secret = Secrets.newSecret();
        em.persist(new ApiToken(id, accountId, trimmed, Secrets.hash(secret), System.currentTimeMillis()));
        return new Issued(id, trimmed, id + "." + secret);
    }

    public List<ApiToken> of(String accountId) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.accountId = :account ORDER BY t.createdAt",
                ApiToken.class).setParameter("account", accountId).getResultList();
    }

    /** @return whether the account had a token of that id */
    public boolean revoke(String accountId, String id) {
        return em.createQuery("DELETE FROM ApiToken t WHERE t.id = :id AND t.accountId = :account")
                .setParameter("id", id).setParameter("account", accountId).executeUpdate() > 0;
    }

    public void revokeAll(String accountId) {
        em.createQuery("DELETE FROM ApiToken t WHERE t.accountId = :account")
                .setParameter("account", accountId).executeUpdate();
    }

    /**
     * For the viewer socket's {@code authenticate}.
     *
     * @return the account whose token this is; empty for anything else, a revoked token included
     */
    public Optional<String> accountOfToken(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 0 || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        ApiToken found = em.find(ApiToken.class, token.substring(0, dot));
        if (found == null || !Secrets.matches(token.substring(dot + 1), found.tokenHash())) {
            return Optional.empty();
        }
        long now = System.currentTimeMillis();
        if (now - found.lastUsedAt() >= USE_RESOLUTION.toMillis()) {
            found.usedAt(now);
        }
        return Optional.of(found.accountId());
    }
}
