package dev.deskrelay.relay.account;

/**
 * An administrator removed an account: its sessions and tokens are gone already; whoever keeps
 * devices and shares observes this to drop the account's.
 */
public record AccountRemoved(String accountId) {
}
