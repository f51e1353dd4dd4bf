package dev.deskrelay.relay.alerts.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.deskrelay.relay.alerts.Severity;

class ChannelTest {

    private final Channel channel = new Channel("c-1", "a-1",
            ChannelDraft.of(new ChannelDraft.Request("hook", "webhook", "https://example.com/h", "warning", null)), "s", 1);

    @Test
    void failingSinceIsTheFirstFailureUntilATrySucceeds() {
        channel.failed(10, "ConnectException: Connection refused");
        channel.failed(20, "HttpTimeoutException: request timed out");

        assertEquals(10L, channel.failingSince());
        assertEquals(20L, channel.lastFailureAt());
        assertEquals("HttpTimeoutException: request timed out", channel.lastError());
        assertTrue(ChannelView.of(channel, null).status().failing());

        channel.succeeded(30);
        assertNull(channel.failingSince());
        assertEquals(30L, channel.lastSuccessAt());
        assertFalse(ChannelView.of(channel, null).status().failing());
        assertEquals("HttpTimeoutException: request timed out", channel.lastError(), "the last error stays to be read");
    }

    @Test
    void aChannelTakesAlertsAtOrAboveItsMinimumSeverity() {
        assertFalse(Severity.INFO.reaches(channel.minSeverity()));
        assertTrue(Severity.WARNING.reaches(channel.minSeverity()));
        assertTrue(Severity.CRITICAL.reaches(channel.minSeverity()));
    }
}
