package dev.deskrelay.relay.account.api;

import dev.deskrelay.relay.account.Account;
import dev.deskrelay.relay.account.FirstAccount;
import dev.deskrelay.relay.account.SetupAnnouncement;
import dev.deskrelay.relay.api.ApiError;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The first account, an administrator, made with the code the relay printed at its first start. */
@Path("setup")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SetupResource {

    public record Setup(String code, String username, String password) {
    }

    @Inject
    FirstAccount first;
    @Inject
    SetupAnnouncement announcement;
    @Inject
    SignIn signIn;
    @Inject
    Caller caller;
    @Context
    HttpServletResponse response;

    @POST
    public Response setUp(Setup setup) {
        Setup given = Bodies.required(setup);
        // a wrong code is a guess like a wrong password: it counts against the address
        signIn.refuseIfThrottled(null);
        Account account;
        try {
            account = first.setUp(given.code(), given.username(), given.password());
        } catch (ApiError refused) {
            if (refused.code().equals("bad_setup_code")) {
                signIn.failed(null);
            }
            throw refused;
        }
        announcement.spent();
        caller.audit(account, "account_created", "administrator, with the setup code", "ok");
        return Response.status(201).entity(AccountView.of(signIn.made(account, given.password(), response))).build();
    }
}
