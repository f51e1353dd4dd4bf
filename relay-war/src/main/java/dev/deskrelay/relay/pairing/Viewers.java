package dev.deskrelay.relay.pairing;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Browser identities from before accounts. A token is {@code <viewer id>.<secret>}: the id finds
 * the row, the secret proves it. No new one is made; each works until moved into an account.
 */
@ApplicationScoped
@Transactional
public class Viewers {

    @PersistenceContext
    EntityManager em;

    public BrowserGrants grant(String viewerId, String deviceId) {
        Viewer viewer = em.find(Viewer.class, viewerId);
        viewer.grant(deviceId);
        return viewer.grants();
    }

    /** @return what the viewer still holds */
    public BrowserGrants ungrant(String viewerId, String deviceId) {
        Viewer viewer = em.find(Viewer.class, viewerId);
        viewer.ungrant(deviceId);
        return viewer.grants();
    }

    public List<String> holding(String deviceId) {
        return em.createQuery("SELECT v.id FROM Viewer v JOIN v.deviceIds d WHERE d = :device", String.class)
                .setParameter("device", deviceId)
                .getResultList();
    }

    /** Deletes the identity: its token, and so every grant it held, stops working. */
    public void revoke(String viewerId) {
        Optional.ofNullable(em.find(Viewer.class, viewerId)).ifPresent(em::remove);
    }

    public Optional<BrowserGrants> authenticate(String token) {
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Viewer.class, token.substring(0, dot)))
                .filter(viewer -> viewer.hasTokenSecret(token.substring(dot + 1)))
                .map(Viewer::grants);
    }
}
