package dev.deskrelay.relay.account.api;

import dev.deskrelay.relay.account.Account;
import dev.deskrelay.relay.account.Accounts;
import dev.deskrelay.relay.account.SessionCookies;
import dev.deskrelay.relay.account.Sessions;
import dev.deskrelay.relay.api.ApiError;
import dev.deskrelay.relay.routing.Router;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A new password, given the current one: every other session ends and the account's sockets are
 * closed (this page reconnects with its session, which stays).
 */
@Path("account/password")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResource {

    public record Change(String current, String password) {
    }

    @Inject
    Caller caller;
    @Inject
    Accounts accounts;
    @Inject
    Sessions sessions;
    @Inject
    SessionCookies cookies;
    @Inject
    SignIn signIn;
    @Inject
    Router router;
    @Context
    HttpServletRequest request;

    @PUT
    public Response change(Change change) {
        Change given = Bodies.required(change);
        Account account = caller.account();
        // someone at an unlocked browser must not be able to guess the password faster than at sign-in
        signIn.refuseIfThrottled(account.username());
        if (!accounts.hasPassword(account.id(), given.current())) {
            signIn.failed(account.username());
            caller.audit(account, "password_changed", null, "bad_credentials");
            throw new ApiError(403, "bad_credentials", "the current password is wrong");
        }
        accounts.changePassword(account.id(), given.password());
        sessions.endAll(account.id(), cookies.of(request).orElse(null));
        router.revoke(account.id());
        caller.audit(account, "password_changed", null, "ok");
        return Response.noContent().build();
    }
}
