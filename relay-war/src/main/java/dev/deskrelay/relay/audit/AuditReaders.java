package dev.deskrelay.relay.audit;

import dev.deskrelay.relay.api.ApiError;

/**
 * Who sees which events: an administrator all; anyone else their own account's, and all of a
 * device's they hold as owner or operator, which they must then ask for by {@code device}.
 */
final class AuditReaders {

    private AuditReaders() {
    }

    /**
     * @param reader the signed-in account, or null
     * @return the one account whose events the reader is restricted to, or null for no restriction
     */
    static String restriction(String reader, AuditFilter filter, AuditScope scope) {
        if (reader == null) {
            throw new ApiError(401, "not_signed_in", "sign in to read the audit log");
        }
        if (scope.isAdmin(reader)) {
            return null;
        }
        if (filter.device() != null) {
            if (!scope.maySeeDevice(reader, filter.device())) {
                throw notAllowed("only the device's owner and operators read its events");
            }
            return null;
        }
        if (filter.account() != null && !filter.account().equals(reader)) {
            throw notAllowed("only administrators read another account's events");
        }
        return reader;
    }

    private static ApiError notAllowed(String message) {
        return new ApiError(403, "not_allowed", message);
    }
}
