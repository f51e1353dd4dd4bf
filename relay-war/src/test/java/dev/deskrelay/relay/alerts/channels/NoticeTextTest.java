package dev.deskrelay.relay.alerts.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.deskrelay.relay.alerts.AlertNotice;

class NoticeTextTest {

    @Test
    void theHeadlineSaysSeverityRuleDeviceValueAndThreshold() {
        assertEquals("[warning] CPU busy on pc: cpu 97.5 % (above 90)", NoticeText.headline(Notices.cpuFiring()));
    }

    @Test
    void anOfflineRuleHasNoValueNorThreshold() {
        var offline = new AlertNotice("firing", 3, "a", null, "pc gone", "critical", "d", "pc", "offline", null, null,
                null, "", Notices.AT, null);

        assertEquals("[critical] pc gone on pc: offline", NoticeText.headline(offline));
    }

    @Test
    void numbersReadAsPeopleWriteThem() {
        assertEquals("90", NoticeText.number(90.0));
        assertEquals("0.85", NoticeText.number(0.85));
        assertEquals("97.53", NoticeText.number(97.5333333));
        assertEquals("1250000", NoticeText.number(1.25e6));
    }

    @Test
    void theBodyListsTheBusiestProcesses() {
        String body = NoticeText.body(Notices.cpuFiring());

        assertTrue(body.contains("Fired at 2026-"), body);
        assertTrue(body.contains("42   88.0 %  java"), body);
    }
}
