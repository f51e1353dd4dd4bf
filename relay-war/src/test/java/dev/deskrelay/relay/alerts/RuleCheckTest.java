package dev.deskrelay.relay.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.deskrelay.relay.api.ApiError;

class RuleCheckTest {

    @Test
    void aThresholdRuleIsStoredTidied() {
        var checked = RuleCheck.checked(new RuleDefinition("  CPU busy ", "d-1", "cpu", "above", 90.0, null, 0L,
                "warning", null));
        assertEquals("CPU busy", checked.name());
        assertEquals(0, checked.repeatMinutes(), "no repeat: once per firing");
        assertEquals(0L, checked.durationSeconds(), "seconds, so tests and impatient people need not wait minutes");
    }

    @Test
    void aFilesystemRuleKeepsItsMountAndAnOfflineRuleHasNoThreshold() {
        assertEquals("/", RuleCheck.checked(new RuleDefinition("root", null, "filesystem", "above", 90.0, "/", 60L,
                "critical", 60)).mount());
        var offline = RuleCheck.checked(new RuleDefinition("gone", null, "offline", null, null, null, 300L, "info", 0));
        assertNull(offline.threshold());
        assertEquals(300L, offline.durationSeconds());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "null, cpu, above, 90, null, 60, warning, 0, bad_name",
            "x, cpu_total, above, 90, null, 60, warning, 0, bad_metric",
            "x, cpu, sideways, 90, null, 60, warning, 0, bad_comparison",
            "x, cpu, above, null, null, 60, warning, 0, bad_threshold",
            "x, cpu, above, NaN, null, 60, warning, 0, bad_threshold",
            "x, cpu, above, 90, null, -1, warning, 0, bad_duration",
            "x, cpu, above, 90, null, null, warning, 0, bad_duration",
            "x, cpu, above, 90, /, 60, warning, 0, bad_rule",
            "x, filesystem, above, 90, '', 60, warning, 0, bad_mount",
            "x, cpu, above, 90, null, 60, urgent, 0, bad_severity",
            "x, cpu, above, 90, null, 60, warning, -5, bad_repeat",
            "x, offline, above, null, null, 600, warning, 0, bad_rule",
            "x, offline, null, null, null, 0, warning, 0, bad_duration"})
    void refusesWhatNoRuleCanSay(String name, String metric, String comparison, Double threshold, String mount,
            Long seconds, String severity, Integer repeat, String code) {
        ApiError refused = assertThrows(ApiError.class, () -> RuleCheck.checked(
                new RuleDefinition(name, null, metric, comparison, threshold, mount, seconds, severity, repeat)));
        assertEquals(400, refused.status());
        assertEquals(code, refused.code());
    }
}
