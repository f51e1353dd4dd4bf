package dev.deskrelay.relay.alerts;

import dev.deskrelay.relay.api.Caller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/alerts}: the caller's account's alerts, one with its evidence and changes, acknowledging one. */
@Path("alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

    @Inject
    Alerts alerts;
    @Inject
    Rules rules;
    @Inject
    SecurityContext security;
    @Context
    HttpServletRequest request;

    @GET
    public JsonObject list(@QueryParam("state") String state, @QueryParam("severity") String severity,
            @QueryParam("deviceId") String deviceId, @QueryParam("before") String before,
            @QueryParam("limit") String limit) {
        return alerts.list(AlertFilter.of(Caller.account(security), state, severity, deviceId, before, limit));
    }

    @GET
    @Path("{alertId: [0-9]+}")
    public JsonObject detail(@PathParam("alertId") long alertId) {
        return alerts.detail(Caller.account(security), alertId);
    }

    /** Takes an empty JSON body ({@code {}}): a call that changes something sends JSON. */
    @POST
    @Path("{alertId: [0-9]+}/acknowledge")
    public JsonObject acknowledge(@PathParam("alertId") long alertId) {
        return alerts.acknowledge(rules.actor(Caller.account(security), request.getRemoteAddr()), alertId);
    }
}
