package dev.deskrelay.relay.account.api;

import java.util.Map;

import dev.deskrelay.relay.account.Account;

/** An account as the API shows it: never its password hash. */
public record AccountView(String id, String username, boolean admin) {

    static Map<String, AccountView> of(Account account) {
        return Map.of("account", new AccountView(account.id(), account.username(), account.admin()));
    }
}
