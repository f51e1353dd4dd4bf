package dev.deskrelay.relay.alerts.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.deskrelay.relay.alerts.AlertNotice;

class NtfyTest {

    @Test
    void priorityAndTagsFollowTheSeverity() {
        assertEquals(new Ntfy("x", 4, "warning", "x").priority(), Ntfy.of(Notices.cpuFiring()).priority());
        assertEquals("warning", Ntfy.of(Notices.cpuFiring()).tags());
        assertEquals(5, Ntfy.of(with("firing", "critical")).priority());
        assertEquals("rotating_light", Ntfy.of(with("firing", "critical")).tags());
        assertEquals(3, Ntfy.of(with("repeat", "info")).priority());
        assertEquals("information_source", Ntfy.of(with("repeat", "info")).tags());
    }

    @Test
    void aResolvedAlertIsQuietWhateverItsSeverity() {
        Ntfy resolved = Ntfy.of(with("resolved", "critical"));

        assertEquals(2, resolved.priority());
        assertEquals("white_check_mark", resolved.tags());
        assertTrue(resolved.title().startsWith("[resolved] "), resolved.title());
    }

    @Test
    void aTitleBeyondAsciiIsEncodedForTheHeader() {
        assertEquals("[warning] CPU busy on pc: cpu 97.5 % (above 90)", Ntfy.of(Notices.cpuFiring()).titleHeader());
        var title = new Ntfy("Büro", 3, "", "").titleHeader();
        assertEquals("=?UTF-8?B?QsO8cm8=?=", title);
    }

    private static AlertNotice with(String kind, String severity) {
        AlertNotice n = Notices.cpuFiring();
        return new AlertNotice(kind, n.alertId(), n.accountId(), null, n.ruleName(), severity, n.deviceId(),
                n.deviceName(), n.metric(), n.comparison(), n.threshold(), n.value(), n.unit(), n.at(), null);
    }
}
