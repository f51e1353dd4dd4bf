package dev.deskrelay.relay.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/**
 * TEST ONLY, never in the relay as built: the passing of a share link's shortest life (an hour)
 * in an instant. Moves the link's expiry into the past, as the clock would have.
 */
@Path("test-link-expiry")
@RequestScoped
@Consumes("application/json")
public class ExpiredLinkFixture {

    @PersistenceContext
    EntityManager em;

    /** Body {"link": id}. */
    @POST
    @Transactional
    public void expire(JsonObject request) {
        em.createNativeQuery("UPDATE SHARE_LINKS SET EXPIRESAT = 1 WHERE ID = ?1")
                .setParameter(1, request.getString("link")).executeUpdate();
    }
}
