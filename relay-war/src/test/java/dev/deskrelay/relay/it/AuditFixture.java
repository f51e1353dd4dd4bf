package dev.deskrelay.relay.it;

import dev.deskrelay.relay.audit.Audited;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/**
 * TEST ONLY, never in the relay as built: what {@link AuditLogIT} needs before accounts, sharing
 * and the relay's own events exist: fires {@link Audited} events as the relay's code does, and
 * writes accounts and device access rows straight into their tables.
 */
@Path("test-audit")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
public class AuditFixture {

    @Inject
    Event<Audited> audited;
    @PersistenceContext
    EntityManager em;

    @POST
    @Path("events")
    public void fire(JsonArray events) {
        for (JsonObject event : events.getValuesAs(JsonObject.class)) {
            audited.fire(new Audited(text(event, "kind"), text(event, "account"), text(event, "actor"),
                    text(event, "device"), text(event, "detail"), text(event, "outcome"), text(event, "address")));
        }
    }

    @POST
    @Path("accounts")
    @Transactional
    public void account(JsonObject account) {
        insert("INSERT INTO ACCOUNTS (ID, USERNAME, PASSWORDHASH, ADMIN, CREATEDAT) VALUES (?1, ?1, 'none', ?2, 0)",
                account.getString("id"), account.getBoolean("admin"));
    }

    @POST
    @Path("access")
    @Transactional
    public void access(JsonObject access) {
        insert("INSERT INTO DEVICE_ACCESS (DEVICE_ID, ACCOUNT_ID, ROLE, GRANTEDAT) VALUES (?1, ?2, ?3, 0)",
                access.getString("device"), access.getString("account"), access.getString("role"));
    }

    private void insert(String sql, Object... values) {
        var insert = em.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            insert.setParameter(i + 1, values[i]);
        }
        insert.executeUpdate();
    }

    private static String text(JsonObject event, String name) {
        JsonValue value = event.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : event.getString(name);
    }
}
