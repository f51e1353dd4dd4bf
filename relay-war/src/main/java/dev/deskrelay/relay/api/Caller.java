package dev.deskrelay.relay.api;

import jakarta.security.enterprise.SecurityContext;

/** Who calls the API: the account Jakarta Security signed in from the session cookie. */
public final class Caller {

    private Caller() {
    }

    /** @throws ApiError 401 {@code not_signed_in} without a signed-in session */
    public static String account(SecurityContext security) {
        var principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new ApiError(401, "not_signed_in", "sign in first");
        }
        return principal.getName();
    }
}
