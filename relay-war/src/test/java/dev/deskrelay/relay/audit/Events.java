package dev.deskrelay.relay.audit;

/** Audit events as the store hands them back, with their ids, without a database. */
final class Events {

    private Events() {
    }

    static AuditEvent withId(long id, Audited audited) {
        var event = new AuditEvent(audited, 1_700_000_000_000L + id);
        try {
            var field = AuditEvent.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(event, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return event;
    }

    static AuditEvent withId(long id) {
        return withId(id, new Audited("action", "a-1", "ann", "d-1", "beep", "ok", "192.0.2.7"));
    }
}
