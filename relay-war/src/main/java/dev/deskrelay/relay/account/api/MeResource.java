package dev.deskrelay.relay.account.api;

import dev.deskrelay.relay.account.Accounts;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Who the page is signed in as; when nobody, whether the relay still waits for its setup code. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Caller caller;
    @Inject
    Accounts accounts;

    @GET
    public Response me() {
        return caller.signedIn().map(account -> Response.ok(AccountView.of(account)))
                .orElseGet(() -> Response.status(401).entity(Json.createObjectBuilder()
                        .add("error", "not_signed_in").add("message", "sign in first")
                        .add("setupNeeded", !accounts.any()).build().toString()))
                .build();
    }
}
