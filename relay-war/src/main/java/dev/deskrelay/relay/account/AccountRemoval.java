package dev.deskrelay.relay.account;

import dev.deskrelay.relay.api.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * An administrator removes an account: its sessions and tokens end with it, and
 * {@link AccountRemoved} is fired in the same transaction, so what others keep of it (devices,
 * shares, links) goes with the account or not at all.
 */
@ApplicationScoped
public class AccountRemoval {

    @Inject
    Accounts accounts;
    @Inject
    Sessions sessions;
    @Inject
    ApiTokens tokens;
    @Inject
    Event<AccountRemoved> removed;

    /** @throws ApiError {@code unknown_account} */
    @Transactional
    public void remove(String accountId) {
        if (!accounts.remove(accountId)) {
            throw new ApiError(404, "unknown_account", "there is no such account");
        }
        sessions.endAll(accountId, null);
        tokens.revokeAll(accountId);
        removed.fire(new AccountRemoved(accountId));
    }
}
