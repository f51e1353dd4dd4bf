package dev.deskrelay.relay.sharing;

import dev.deskrelay.relay.api.ApiError;
import dev.deskrelay.relay.api.Caller;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/legacy}: a browser's token from before accounts, given once by the signed-in page,
 * moves its devices into the account. The token travels in the body, never in the URL.
 */
@Path("legacy")
@Produces(MediaType.APPLICATION_JSON)
public class BrowserMoveResource {

    @Inject
    Sharing sharing;
    @Inject
    SecurityContext security;
    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Moved move(MoveRequest body) {
        if (body == null || body.token() == null || body.token().isBlank()) {
            throw new ApiError(400, "bad_token", "send the browser's token");
        }
        return new Moved(sharing.moveBrowser(Caller.account(security), body.token(), request.getRemoteAddr()));
    }

    public record MoveRequest(String token) {
        @Override
        public String toString() {
            return "MoveRequest[]";
        }
    }

    public record Moved(int moved) {
    }
}
