package dev.deskrelay.relay.alerts;

import dev.deskrelay.relay.api.Caller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /api/alerts/rules}: the caller's account's rules. */
@Path("alerts/rules")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {

    @Inject
    Rules rules;
    @Inject
    SecurityContext security;
    @Context
    HttpServletRequest request;

    @GET
    public JsonObject list() {
        return AlertsJson.rules(rules.of(Caller.account(security)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(RuleDefinition body) {
        return Response.status(201).entity(AlertsJson.rule(rules.create(actor(), body))).build();
    }

    @PUT
    @Path("{ruleId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject change(@PathParam("ruleId") String ruleId, RuleDefinition body) {
        return AlertsJson.rule(rules.change(actor(), ruleId, body));
    }

    @DELETE
    @Path("{ruleId}")
    public void remove(@PathParam("ruleId") String ruleId) {
        rules.remove(actor(), ruleId);
    }

    private Rules.Actor actor() {
        return rules.actor(Caller.account(security), request.getRemoteAddr());
    }
}
