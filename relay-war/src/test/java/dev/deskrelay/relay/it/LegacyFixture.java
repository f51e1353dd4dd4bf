package dev.deskrelay.relay.it;

import dev.deskrelay.relay.pairing.Secrets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * TEST ONLY, never in the relay as built: a browser identity from before accounts, which nothing
 * in the relay can make any more. Writes the viewer and its grant straight into VIEWERS and
 * GRANTS, as the relay once did on pairing, and answers the token that browser kept.
 */
@Path("test-legacy")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LegacyFixture {

    @PersistenceContext
    EntityManager em;

    /** Body {"device": id}; answers {"token": "v-….secret"}. */
    @POST
    @Transactional
    public JsonObject viewer(JsonObject request) {
        String id = Secrets.newId("v-");
        String secret = Secrets.newSecret();
        em.createNativeQuery("INSERT INTO VIEWERS (ID, TOKENHASH, CREATEDAT) VALUES (?1, ?2, 0)")
                .setParameter(1, id).setParameter(2, Secrets.hash(secret)).executeUpdate();
        em.createNativeQuery("INSERT INTO GRANTS (VIEWER_ID, DEVICE_ID) VALUES (?1, ?2)")
                .setParameter(1, id).setParameter(2, request.getString("device")).executeUpdate();
        return Json.createObjectBuilder().add("token", id + "." + secret).build();
    }
}
