package dev.deskrelay.relay.account.api;

import java.util.List;

import dev.deskrelay.relay.account.Account;
import dev.deskrelay.relay.account.Invites;
import dev.deskrelay.relay.api.ApiError;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Administrators' invitations: the only way anyone but the first person gets an account. */
@Path("invites")
@Produces(MediaType.APPLICATION_JSON)
public class InviteResource {

    public record Lifetime(Integer hours) {
    }

    public record Listed(String id, String createdBy, long createdAt, long expiresAt) {
    }

    @Inject
    Caller caller;
    @Inject
    Invites invites;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Lifetime lifetime) {
        Account admin = caller.admin();
        return Response.status(201)
                .entity(invites.create(admin.id(), lifetime == null ? null : lifetime.hours())).build();
    }

    @GET
    public List<Listed> list() {
        caller.admin();
        return invites.open().stream()
                .map(invite -> new Listed(invite.id(), invite.createdBy(), invite.createdAt(), invite.expiresAt()))
                .toList();
    }

    @DELETE
    @Path("{id}")
    public Response withdraw(@PathParam("id") String id) {
        caller.admin();
        if (!invites.withdraw(id)) {
            throw new ApiError(404, "unknown_invite", "there is no such invite");
        }
        return Response.noContent().build();
    }
}
