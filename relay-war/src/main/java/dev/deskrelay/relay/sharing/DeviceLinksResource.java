package dev.deskrelay.relay.sharing;

import java.time.Duration;
import java.util.List;

import dev.deskrelay.relay.api.ApiError;
import dev.deskrelay.relay.api.Caller;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /api/devices/{id}/links}: read-only links to one device's live view. */
@Path("devices/{deviceId}/links")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceLinksResource {

    @Inject
    Sharing sharing;
    @Inject
    SecurityContext security;
    @Context
    HttpServletRequest request;

    /** The secret is in this answer only; the page puts {@code id.secret} in the link's fragment. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("deviceId") String deviceId, LinkRequest body) {
        if (body == null || body.hours() == null) {
            throw new ApiError(400, "bad_duration", "say for how many hours (1 to 168) the link works");
        }
        var issued = sharing.createLink(Caller.account(security), deviceId, Duration.ofHours(body.hours()),
                request.getRemoteAddr());
        String secret = issued.token().substring(issued.link().id().length() + 1);
        return Response.status(201)
                .entity(new IssuedLinkView(issued.link().id(), secret, issued.link().expiresAt()))
                .build();
    }

    @GET
    public List<LinkView> list(@PathParam("deviceId") String deviceId) {
        return sharing.links(Caller.account(security), deviceId).stream()
                .map(link -> new LinkView(link.id(), sharing.nameOf(link.createdBy()), link.createdAt(),
                        link.expiresAt()))
                .toList();
    }

    @DELETE
    @Path("{linkId}")
    public void revoke(@PathParam("deviceId") String deviceId, @PathParam("linkId") String linkId) {
        sharing.revokeLink(Caller.account(security), deviceId, linkId, request.getRemoteAddr());
    }

    public record LinkRequest(Integer hours) {
    }

    public record IssuedLinkView(String id, String secret, long expiresAt) {
    }

    public record LinkView(String id, String createdBy, long createdAt, long expiresAt) {
    }
}
