package dev.deskrelay.relay.account.api;

import dev.deskrelay.relay.account.Account;
import dev.deskrelay.relay.account.SessionCookies;
import dev.deskrelay.relay.account.Sessions;
import dev.deskrelay.relay.routing.Router;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Signing in and out: this browser, or every browser and socket of the account. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    public record Credentials(String username, String password) {
    }

    @Inject
    SignIn signIn;
    @Inject
    Caller caller;
    @Inject
    Sessions sessions;
    @Inject
    SessionCookies cookies;
    @Inject
    Router router;
    @Context
    HttpServletRequest request;
    @Context
    HttpServletResponse response;

    @POST
    @Path("session")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(Credentials credentials) {
        Credentials given = Bodies.required(credentials);
        return Response.ok(AccountView.of(signIn.withPassword(given.username(), given.password(), response))).build();
    }

    @DELETE
    @Path("session")
    public Response signOut() {
        Account account = caller.account();
        cookies.of(request).ifPresent(sessions::end);
        caller.audit(account, "sign_out", null, "ok");
        return Response.noContent().header("Set-Cookie", cookies.cleared(request)).build();
    }

    /** Ends every session and closes the account's sockets (4003): a lost laptop stops here. */
    @DELETE
    @Path("sessions")
    public Response signOutEverywhere() {
        Account account = caller.account();
        sessions.endAll(account.id(), null);
        router.revoke(account.id());
        caller.audit(account, "sign_out", "everywhere", "ok");
        return Response.noContent().header("Set-Cookie", cookies.cleared(request)).build();
    }
}
