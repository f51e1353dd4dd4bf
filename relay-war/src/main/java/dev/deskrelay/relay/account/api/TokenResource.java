package dev.deskrelay.relay.account.api;

import java.util.List;

import dev.deskrelay.relay.account.Account;
import dev.deskrelay.relay.account.ApiTokens;
import dev.deskrelay.relay.api.ApiError;
import dev.deskrelay.relay.routing.Router;
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

/** The signed-in account's API tokens, for scripts and the benchmark. */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    public record Naming(String name) {
    }

    public record Listed(String id, String name, long createdAt, long lastUsedAt) {
    }

    @Inject
    Caller caller;
    @Inject
    ApiTokens tokens;
    @Inject
    Router router;

    @GET
    public List<Listed> list() {
        return tokens.of(caller.account().id()).stream()
                .map(token -> new Listed(token.id(), token.name(), token.createdAt(), token.lastUsedAt())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Naming naming) {
        Account account = caller.account();
        ApiTokens.Issued issued = tokens.create(account.id(), Bodies.required(naming).name());
        caller.audit(account, "token_created", issued.name(), "ok");
        return Response.status(201).entity(issued).build();
    }

    /** Closes the account's sockets (4003), since a socket does not remember which token opened it. */
    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        Account account = caller.account();
        if (!tokens.revoke(account.id(), id)) {
            throw new ApiError(404, "unknown_token", "you have no token of that id");
        }
        router.revoke(account.id());
        caller.audit(account, "token_revoked", id, "ok");
        return Response.noContent().build();
    }
}
