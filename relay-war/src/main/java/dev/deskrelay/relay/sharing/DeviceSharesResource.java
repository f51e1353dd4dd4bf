package dev.deskrelay.relay.sharing;

import java.util.List;

import dev.deskrelay.relay.api.Caller;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/devices/{id}/shares}: who else holds a device, and in which role. */
@Path("devices/{deviceId}/shares")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceSharesResource {

    @Inject
    Sharing sharing;
    @Inject
    SecurityContext security;
    @Context
    HttpServletRequest request;

    @GET
    public List<Sharing.Share> list(@PathParam("deviceId") String deviceId) {
        return sharing.shares(Caller.account(security), deviceId);
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public void share(@PathParam("deviceId") String deviceId, @PathParam("username") String username,
            ShareRequest body) {
        sharing.share(Caller.account(security), deviceId, username, body == null ? null : body.role(),
                request.getRemoteAddr());
    }

    @DELETE
    @Path("{username}")
    public void unshare(@PathParam("deviceId") String deviceId, @PathParam("username") String username) {
        sharing.unshare(Caller.account(security), deviceId, username, request.getRemoteAddr());
    }

    /** The role to share in: {@code viewer} or {@code operator}. */
    public record ShareRequest(String role) {
    }
}
