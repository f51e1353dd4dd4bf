package dev.deskrelay.relay.alerts.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.deskrelay.relay.alerts.Severity;
import dev.deskrelay.relay.api.ApiError;

class ChannelDraftTest {

    @Test
    void takesAWebhookNtfyAndEmailChannel() {
        assertEquals(ChannelKind.WEBHOOK, draft("webhook", "https://hooks.example.com/x?y=1", "warning").kind());
        assertEquals(Severity.CRITICAL, draft("ntfy", "http://ntfy.lan/alerts", "critical").minSeverity());
        assertEquals("ops@example.com", draft("email", " ops@example.com ", null).target());
        assertEquals(Severity.INFO, draft("email", "ops@example.com", null).minSeverity());
    }

    @Test
    void refusesWhatItCannotSendTo() {
        assertEquals("bad_target", refused("webhook", "ftp://example.com/x"));
        assertEquals("bad_target", refused("ntfy", "https://user:pw@ntfy.sh/x"));
        assertEquals("bad_target", refused("ntfy", "ntfy.sh/topic"));
        assertEquals("bad_target", refused("email", "ops"));
        assertEquals("bad_target", refused("email", "Ops <ops@example.com>"));
        assertEquals("bad_target", refused("email", "a@example.com,b@example.com"));
        assertEquals("bad_kind", refused("slack", "https://example.com"));
    }

    @Test
    void refusesABadNameSeverityOrSecret() {
        assertEquals("bad_name", code(new ChannelDraft.Request(" ", "email", "a@example.com", null, null)));
        assertEquals("bad_severity", code(new ChannelDraft.Request("n", "email", "a@example.com", "urgent", null)));
        assertEquals("bad_secret", code(new ChannelDraft.Request("n", "email", "a@example.com", null, "pw")));
        assertEquals("bad_json", code(null));
    }

    @Test
    void aBlankSecretIsNone() {
        assertNull(ChannelDraft.of(new ChannelDraft.Request("n", "ntfy", "https://ntfy.sh/t", null, "  ")).secret());
    }

    private static ChannelDraft draft(String kind, String target, String severity) {
        return ChannelDraft.of(new ChannelDraft.Request("ops", kind, target, severity, null));
    }

    private static String refused(String kind, String target) {
        return code(new ChannelDraft.Request("ops", kind, target, "info", null));
    }

    private static String code(ChannelDraft.Request request) {
        return assertThrows(ApiError.class, () -> ChannelDraft.of(request)).code();
    }
}
