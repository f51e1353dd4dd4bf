package dev.deskrelay.relay.account.api;

import java.util.List;

import dev.deskrelay.relay.account.Account;
import dev.deskrelay.relay.account.AccountRemoval;
import dev.deskrelay.relay.account.Accounts;
import dev.deskrelay.relay.account.Invites;
import dev.deskrelay.relay.api.ApiError;
import dev.deskrelay.relay.routing.Router;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
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

/** Accounts: made with an invite; listed and removed by administrators. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    public record Joining(String invite, String username, String password) {
    }

    @Inject
    Caller caller;
    @Inject
    Accounts accounts;
    @Inject
    Invites invites;
    @Inject
    AccountRemoval removal;
    @Inject
    SignIn signIn;
    @Inject
    Router router;
    @Context
    HttpServletResponse response;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response join(Joining joining) {
        Joining given = Bodies.required(joining);
        Account account = invites.accept(given.invite(), given.username(), given.password());
        caller.audit(account, "account_created", "with an invite", "ok");
        return Response.status(201).entity(AccountView.of(signIn.made(account, given.password(), response))).build();
    }

    @GET
    public List<Accounts.Listed> list() {
        caller.admin();
        return accounts.list();
    }

    /** Ends its sessions and tokens, closes its sockets; its devices and shares go by {@code AccountRemoved}. */
    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id) {
        Account admin = caller.admin();
        if (admin.id().equals(id)) {
            throw new ApiError(409, "own_account", "an administrator cannot remove their own account");
        }
        removal.remove(id);
        router.revoke(id);
        caller.audit(admin, "account_removed", id, "ok");
        return Response.noContent().build();
    }
}
