package dev.deskrelay.relay.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.deskrelay.relay.api.ApiError;

class AlertFilterTest {

    @Test
    void aListingFiltersByStateSeverityDeviceAndCursor() {
        var filter = AlertFilter.of("a-1", "acknowledged", "critical", "d-1", "40", "500");
        assertEquals(AlertFilter.MOST, filter.limit());
        assertEquals("SELECT a FROM Alert a WHERE a.accountId = :account AND a.state = 'firing' AND a.acknowledgedAt"
                + " IS NOT NULL AND a.severity = :severity AND a.deviceId = :deviceId AND a.id < :before ORDER BY a.id DESC",
                filter.jpql());
        assertEquals(40L, filter.parameters().get("before"));
        assertEquals(AlertFilter.DEFAULT, AlertFilter.of("a-1", null, null, null, null, null).limit());
        assertEquals("bad_query", assertThrows(ApiError.class,
                () -> AlertFilter.of("a-1", "asleep", null, null, null, null)).code());
        assertEquals("bad_query", assertThrows(ApiError.class,
                () -> AlertFilter.of("a-1", null, null, null, "twelve", null)).code());
    }
}
