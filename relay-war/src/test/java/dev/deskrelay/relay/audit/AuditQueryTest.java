package dev.deskrelay.relay.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import dev.deskrelay.relay.api.ApiError;

class AuditQueryTest {

    @Test
    void noFilterReadsEverythingNewestFirst() {
        var query = AuditQuery.of(filter(null, null, null, null, null), null);
        assertEquals("SELECT e FROM AuditEvent e ORDER BY e.id DESC", query.jpql());
        assertEquals(Map.of(), query.parameters());
        assertEquals(100, query.limit());
    }

    @Test
    void filtersCombineWithTheReadersRestriction() {
        var query = AuditQuery.of(filter("d-1", "a-2", "action", "42", "10"), "a-2");
        assertEquals("SELECT e FROM AuditEvent e WHERE e.deviceId = :device AND e.accountId = :account"
                + " AND e.accountId = :reader AND e.kind = :kind AND e.id < :before ORDER BY e.id DESC", query.jpql());
        assertEquals(Map.of("device", "d-1", "account", "a-2", "reader", "a-2", "kind", "action", "before", 42L),
                query.parameters());
        assertEquals(10, query.limit());
    }

    @Test
    void blankParametersAreAbsent() {
        assertEquals(new AuditFilter(null, null, null, null, 100), filter(" ", "", null, "", null));
    }

    @Test
    void aBadCursorOrLimitIsATypedError() {
        for (String[] bad : new String[][] {{"x", null}, {null, "0"}, {null, "1001"}, {null, "ten"}, {"1.5", null}}) {
            var error = assertThrows(ApiError.class, () -> filter(null, null, null, bad[0], bad[1]));
            assertEquals(400, error.status());
            assertEquals("bad_query", error.code());
        }
        assertEquals(1000, filter(null, null, null, null, "1000").limit());
        assertEquals(100_000, AuditFilter.of(null, null, null, null, "100000", 1, AuditFilter.MOST_PER_DOWNLOAD).limit());
    }

    @Test
    void aFullPageCarriesTheCursorToTheNext() {
        var query = AuditQuery.of(filter(null, null, null, null, "3"), null);
        // the store reads one more than the page, newest first
        var page = query.page(events(9, 8, 7, 6));
        assertEquals(List.of(9L, 8L, 7L), page.events().stream().map(AuditEvent::id).toList());
        assertEquals(7L, page.next());

        var last = query.page(events(6, 5, 4));
        assertEquals(3, last.events().size());
        assertNull(last.next(), "exactly a page and nothing after it");
        assertNull(query.page(List.of()).next());
    }

    private static AuditFilter filter(String device, String account, String kind, String before, String limit) {
        return AuditFilter.of(device, account, kind, before, limit, AuditFilter.PAGE, AuditFilter.MOST_PER_PAGE);
    }

    private static List<AuditEvent> events(long... ids) {
        return LongStream.of(ids).mapToObj(Events::withId).toList();
    }
}
