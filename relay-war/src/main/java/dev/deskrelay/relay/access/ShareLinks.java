package dev.deskrelay.relay.access;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.deskrelay.relay.pairing.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Share links. A link is {@code l-<id>.<secret>}: the id finds the row, the secret proves it, and
 * only the secret's hash is stored. The page carries it in the URL's fragment, which browsers
 * send to no server.
 */
@ApplicationScoped
@Transactional
public class ShareLinks {

    public static final Duration SHORTEST = Duration.ofHours(1);
    public static final Duration LONGEST = Duration.ofDays(7);

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    public IssuedLink create(String deviceId, String createdBy, Duration validFor) {
        if (validFor.compareTo(SHORTEST) < 0 || validFor.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a link is valid for one hour to a week");
        }
        String secret = Secrets.newSecret();
        long now = clock.millis();
        var link = new ShareLink(Secrets.newId("l-"), deviceId, Secrets.hash(secret), createdBy, now,
                now + validFor.toMillis());
        em.persist(link);
        return new IssuedLink(link, link.id() + "." + secret);
    }

    public List<ShareLink> of(String deviceId) {
        return em.createQuery("SELECT l FROM ShareLink l WHERE l.deviceId = :device AND l.expiresAt > :now"
                + " ORDER BY l.createdAt", ShareLink.class)
                .setParameter("device", deviceId)
                .setParameter("now", clock.millis())
                .getResultList();
    }

    public Optional<ShareLink> find(String linkId) {
        return Optional.ofNullable(em.find(ShareLink.class, linkId));
    }

    public void revoke(String linkId) {
        find(linkId).ifPresent(em::remove);
    }

    /** A viewer holding the link's device as a viewer, while the link lasts. */
    public Optional<ViewerAccess> open(String token) {
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        return find(token.substring(0, dot))
                .filter(link -> link.opens(token.substring(dot + 1), clock.millis()))
                .map(link -> new ViewerAccess(link.id(), ViewerAccess.Kind.LINK, "link " + link.id(),
                        Map.of(link.deviceId(), Role.VIEWER)));
    }

    /** Deletes the links that expired. @return their ids, whose sockets must close */
    public List<String> removeExpired() {
        var expired = em.createQuery("SELECT l.id FROM ShareLink l WHERE l.expiresAt <= :now", String.class)
                .setParameter("now", clock.millis())
                .getResultList();
        removeAll(expired);
        return expired;
    }

    /** Deletes a removed device's links. @return their ids, whose sockets must close */
    public List<String> forgetDevice(String deviceId) {
        var ids = em.createQuery("SELECT l.id FROM ShareLink l WHERE l.deviceId = :device", String.class)
                .setParameter("device", deviceId)
                .getResultList();
        removeAll(ids);
        return ids;
    }

    /** The ids of the links an account made, which its removal revokes. */
    public List<String> madeBy(String accountId) {
        return em.createQuery("SELECT l.id FROM ShareLink l WHERE l.createdBy = :account", String.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    private void removeAll(List<String> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("DELETE FROM ShareLink l WHERE l.id IN :ids").setParameter("ids", ids).executeUpdate();
        }
    }

    /** The link as made: the whole token is shown once, to its maker. */
    public record IssuedLink(ShareLink link, String token) {
        @Override
        public String toString() {
            return "IssuedLink[" + link.id() + "]";
        }
    }
}
