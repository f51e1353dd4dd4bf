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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/devices/{id}}: what an owner does with a device besides watching it. Removing it,
 * who else holds it ({@code shares/{username}}) and its read-only links ({@code links/{id}}).
 */
@Path("devices/{deviceId}")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    @Inject
    Sharing sharing;
    @Inject
    SecurityContext security;
    @Context
    HttpServletRequest request;
    @PathParam("deviceId")
    String deviceId;

    @DELETE
    public void remove() {
        sharing.removeDevice(caller(), deviceId);
    }

    @GET
    @Path("shares")
    public List<Sharing.Share> shares() {
        return sharing.shares(caller(), deviceId);
    }

    @PUT
    @Path("shares/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public void share(@PathParam("username") String username, ShareRequest body) {
        sharing.share(caller(), deviceId, username, body == null ? null : body.role(), request.getRemoteAddr());
    }

    @DELETE
    @Path("shares/{username}")
    public void unshare(@PathParam("username") String username) {
        sharing.unshare(caller(), deviceId, username, request.getRemoteAddr());
    }

    /** The secret is in this answer only; the page puts {@code id.secret} in the link's fragment. */
    @POST
    @Path("links")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createLink(LinkRequest body) {
        if (body == null || body.hours() == null) {
            throw new ApiError(400, "bad_duration", "say for how many hours (1 to 168) the link works");
        }
        var issued = sharing.createLink(caller(), deviceId, Duration.ofHours(body.hours()), request.getRemoteAddr());
        String secret = issued.token().substring(issued.link().id().length() + 1);
        return Response.status(201).entity(new IssuedLinkView(issued.link().id(), secret, issued.link().expiresAt()))
                .build();
    }

    @GET
    @Path("links")
    public List<LinkView> links() {
        return sharing.links(caller(), deviceId).stream()
                .map(link -> new LinkView(link.id(), sharing.nameOf(link.createdBy()), link.createdAt(),
                        link.expiresAt()))
                .toList();
    }

    @DELETE
    @Path("links/{linkId}")
    public void revokeLink(@PathParam("linkId") String linkId) {
        sharing.revokeLink(caller(), deviceId, linkId, request.getRemoteAddr());
    }

    private String caller() {
        return Caller.account(security);
    }

    /** The role to share in: {@code viewer} or {@code operator}. */
    public record ShareRequest(String role) {
    }

    public record LinkRequest(Integer hours) {
    }

    public record IssuedLinkView(String id, String secret, long expiresAt) {
    }

    public record LinkView(String id, String createdBy, long createdAt, long expiresAt) {
    }
}
