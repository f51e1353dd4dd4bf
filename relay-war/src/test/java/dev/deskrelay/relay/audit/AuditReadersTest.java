package dev.deskrelay.relay.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.deskrelay.relay.api.ApiError;

class AuditReadersTest {

    /** ann is an administrator; bob holds d-ops as operator (and, say, d-seen only as viewer). */
    private static final AuditScope SCOPE = new AuditScope() {
        @Override
        public boolean isAdmin(String accountId) {
            return accountId.equals("a-ann");
        }

        @Override
        public boolean maySeeDevice(String accountId, String deviceId) {
            return Set.of("a-bob/d-ops").contains(accountId + "/" + deviceId);
        }
    };

    @Test
    void nobodySignedInIsTurnedAway() {
        var error = assertThrows(ApiError.class, () -> AuditReaders.restriction(null, filter(null, null), SCOPE));
        assertEquals(401, error.status());
        assertEquals("not_signed_in", error.code());
    }

    @Test
    void anAdministratorSeesEverything() {
        assertNull(AuditReaders.restriction("a-ann", filter(null, null), SCOPE));
        assertNull(AuditReaders.restriction("a-ann", filter("d-any", "a-bob"), SCOPE));
    }

    @Test
    void anyoneElseSeesTheirOwnAccountsEvents() {
        assertEquals("a-bob", AuditReaders.restriction("a-bob", filter(null, null), SCOPE));
        assertEquals("a-bob", AuditReaders.restriction("a-bob", filter(null, "a-bob"), SCOPE));
    }

    @Test
    void andAllOfADeviceTheyOwnOrOperate() {
        assertNull(AuditReaders.restriction("a-bob", filter("d-ops", null), SCOPE));
    }

    @Test
    void butNotAnotherAccountsOrADeviceTheyOnlyView() {
        for (AuditFilter refused : new AuditFilter[] {filter(null, "a-ann"), filter("d-seen", null), filter("d-none", "a-bob")}) {
            var error = assertThrows(ApiError.class, () -> AuditReaders.restriction("a-bob", refused, SCOPE));
            assertEquals(403, error.status());
            assertEquals("not_allowed", error.code());
        }
    }

    private static AuditFilter filter(String device, String account) {
        return new AuditFilter(device, account, null, null, 100);
    }
}
