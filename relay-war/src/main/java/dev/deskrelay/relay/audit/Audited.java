package dev.deskrelay.relay.audit;

/**
 * Something a person did or tried, fired as a CDI event by whoever did it and written to the
 * audit log by {@code AuditLog}, so the code that acts never depends on how the log is kept.
 *
 * @param kind one of the contract's kinds ({@code action}, {@code pair}, {@code sign_in}, ...)
 * @param accountId the account it belongs to (the actor's, or for a device event the device's owner), or null
 * @param actor who did it as people read it: a user name, {@code link l-…}, {@code token <name>}
 * @param deviceId the device it concerns, or null
 * @param detail a short summary that never holds a secret
 * @param outcome {@code ok} or an error code
 * @param address the client's address
 */
public record Audited(String kind, String accountId, String actor, String deviceId, String detail, String outcome,
        String address) {
}
