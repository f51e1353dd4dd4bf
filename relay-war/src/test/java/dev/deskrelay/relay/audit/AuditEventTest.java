package dev.deskrelay.relay.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void everyTextIsCutToItsColumn() {
        String longer = "x".repeat(600);
        var event = new AuditEvent(new Audited("k".repeat(40), longer, longer, longer, longer, longer, longer), 5);
        assertEquals(32, event.kind().length());
        assertEquals(255, event.accountId().length());
        assertEquals(255, event.actor().length());
        assertEquals(255, event.deviceId().length());
        assertEquals(512, event.detail().length());
        assertEquals(64, event.outcome().length());
        assertEquals(64, event.address().length());
        assertEquals(5, event.at());
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String emoji = "\uD83D\uDE00";
        assertEquals("a" + emoji.repeat(2), AuditEvent.cut("a" + emoji.repeat(3), 6));
        assertEquals("short", AuditEvent.cut("short", 6));
    }

    @Test
    void anEventWithoutAKindIsRefusedWhereItIsFired() {
        assertThrows(NullPointerException.class, () -> new AuditEvent(new Audited(null, null, null, null, null, null, null), 1));
    }
}
