package dev.deskrelay.relay.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A filter as JPQL, newest first. Newest is the highest id: ids grow as rows are written, so an
 * id is a cursor that stays right while new events arrive, which a time (shared by events of
 * one millisecond) is not.
 *
 * @param jpql the query, with named parameters
 * @param parameters their values
 * @param limit the page's size; the store reads one more, to know whether a next page exists
 */
record AuditQuery(String jpql, Map<String, Object> parameters, int limit) {

    /**
     * @param onlyAccount the one account whose events the reader may see, or null for any
     */
    static AuditQuery of(AuditFilter filter, String onlyAccount) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        condition(conditions, parameters, "e.deviceId = :device", "device", filter.device());
        condition(conditions, parameters, "e.accountId = :account", "account", filter.account());
        condition(conditions, parameters, "e.accountId = :reader", "reader", onlyAccount);
        condition(conditions, parameters, "e.kind = :kind", "kind", filter.kind());
        condition(conditions, parameters, "e.id < :before", "before", filter.before());
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new AuditQuery("SELECT e FROM AuditEvent e" + where + " ORDER BY e.id DESC", Map.copyOf(parameters),
                filter.limit());
    }

    private static void condition(List<String> conditions, Map<String, Object> parameters, String condition,
            String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }

    /** What the store found (up to {@code limit + 1} events) as a page and the cursor to the next one. */
    AuditPage page(List<AuditEvent> found) {
        if (found.size() <= limit) {
            return new AuditPage(found, null);
        }
        List<AuditEvent> events = found.subList(0, limit);
        return new AuditPage(List.copyOf(events), events.get(limit - 1).id());
    }
}
