package dev.deskrelay.relay.audit;

/** The two questions who-sees-what asks about accounts, apart from how accounts are kept. */
public interface AuditScope {

    boolean isAdmin(String accountId);

    /** Whether the account holds the device as its owner or an operator: those see all its events. */
    boolean maySeeDevice(String accountId, String deviceId);
}
