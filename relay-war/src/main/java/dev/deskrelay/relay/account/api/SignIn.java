package dev.deskrelay.relay.account.api;

import dev.deskrelay.relay.account.Account;
import dev.deskrelay.relay.account.Accounts;
import dev.deskrelay.relay.api.ApiError;
import dev.deskrelay.relay.limits.SignInThrottle;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A sign-in through Jakarta Security: the session mechanism checks the password with the identity
 * store and sets the cookie. The throttle is asked first, so a throttled guess is never checked.
 */
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext security;
    @Inject
    HttpServletRequest request;
    @Inject
    Accounts accounts;
    @Inject
    SignInThrottle throttle;
    @Inject
    Caller caller;

    /** @throws ApiError 429 {@code too_many_attempts}, 401 {@code bad_credentials} */
    Account withPassword(String username, String password, HttpServletResponse response) {
        String typed = username == null ? "" : username.strip();
        String actor = typed.length() > 64 ? typed.substring(0, 64) : typed;
        var known = accounts.byUsername(typed);
        String accountId = known.map(Account::id).orElse(null);
        long wait = throttle.secondsToWait(typed, caller.address());
        if (wait > 0) {
            caller.audit(accountId, actor, "sign_in", null, "too_many_attempts");
            throw tooMany(wait);
        }
        if (password == null || typed.isEmpty() || authenticate(typed, password, response) != AuthenticationStatus.SUCCESS) {
            throttle.failed(typed, caller.address());
            caller.audit(accountId, actor, "sign_in", null, "bad_credentials");
            throw new ApiError(401, "bad_credentials", "wrong user name or password");
        }
        Account account = known.orElseThrow();
        caller.audit(account, "sign_in", null, "ok");
        return account;
    }

    /** Signs in an account just made, with the password just given. */
    Account made(Account account, String password, HttpServletResponse response) {
        if (authenticate(account.username(), password, response) != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("an account just made could not sign in");
        }
        return account;
    }

    /**
     * For other guesses that count like wrong passwords (a setup code, the current password).
     *
     * @param account the user name the guess is for, or null when it names none
     * @throws ApiError 429 {@code too_many_attempts}
     */
    void refuseIfThrottled(String account) {
        long wait = throttle.secondsToWait(account, caller.address());
        if (wait > 0) {
            throw tooMany(wait);
        }
    }

    /** Counts a wrong guess of that kind. */
    void failed(String account) {
        throttle.failed(account, caller.address());
    }

    private static ApiError tooMany(long wait) {
        return new ApiError(429, "too_many_attempts", "too many wrong tries: try again in " + wait + " s", wait);
    }

    private AuthenticationStatus authenticate(String username, String password, HttpServletResponse response) {
        return security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    }
}
