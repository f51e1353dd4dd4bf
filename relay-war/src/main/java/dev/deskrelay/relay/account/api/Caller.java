package dev.deskrelay.relay.account.api;

import java.security.Principal;
import java.util.Collections;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.deskrelay.relay.account.Account;
import dev.deskrelay.relay.account.Accounts;
import dev.deskrelay.relay.api.ApiError;
import dev.deskrelay.relay.audit.Audited;
import dev.deskrelay.relay.connection.TrustedProxies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

/** Who is calling the API (the account the session mechanism found) and from where, and what it did. */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;
    @Inject
    Accounts accounts;
    @Inject
    HttpServletRequest request;
    @Inject
    Event<Audited> audit;
    @Inject
    @ConfigProperty(name = "deskrelay.trusted-proxies")
    Optional<String> trustedProxies;

    /** @return the signed-in account, if its row still exists */
    Optional<Account> signedIn() {
        return Optional.ofNullable(security.getCallerPrincipal()).map(Principal::getName).flatMap(accounts::byId);
    }

    /** @throws ApiError 401 {@code not_signed_in} */
    Account account() {
        return signedIn().orElseThrow(() -> new ApiError(401, "not_signed_in", "sign in first"));
    }

    /** @throws ApiError 401 {@code not_signed_in}, 403 {@code not_admin} */
    Account admin() {
        Account account = account();
        if (!account.admin()) {
            throw new ApiError(403, "not_admin", "only an administrator may do this");
        }
        return account;
    }

    /** The client's address, as a trusted proxy says it is (the same rule as the sockets'). */
    String address() {
        return TrustedProxies.of(trustedProxies.orElse(""))
                .client(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /** Records what an account did itself, about no device. */
    void audit(Account account, String kind, String detail, String outcome) {
        audit(account.id(), account.username(), kind, detail, outcome);
    }

    void audit(String accountId, String actor, String kind, String detail, String outcome) {
        audit.fire(new Audited(kind, accountId, actor, null, detail, outcome, address()));
    }
}
