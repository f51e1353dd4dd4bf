package dev.deskrelay.relay.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.relay.routing.SilentRouter;

class DeviceReportsTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    private final DeviceReports reports = new DeviceReports();

    DeviceReportsTest() {
        reports.historySamples = 300;
        reports.router = new SilentRouter();
    }

    @Test
    void aHistoryOutsideTheChartWindowIsDropped() {
        at(START);
        reports.sample("silent", Sample.cpuOnly(10));
        at(START.plus(Duration.ofMinutes(4)));
        reports.sample("reporting", Sample.cpuOnly(20));

        at(START.plus(DeviceReports.CHART_WINDOW).plusSeconds(1));
        reports.dropUnshownHistories();

        assertEquals(List.of("reporting"), historiesOf("silent", "reporting"));
    }

    @Test
    void aHistoryJustInsideTheWindowStays() {
        at(START);
        reports.sample("device", Sample.cpuOnly(10));

        at(START.plus(DeviceReports.CHART_WINDOW));
        reports.dropUnshownHistories();

        assertEquals(List.of("device"), historiesOf("device"));
    }

    private void at(Instant now) {
        reports.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    private List<String> historiesOf(String... deviceIds) {
        return reports.known(List.of(deviceIds)).stream()
                .filter(RelayToViewer.History.class::isInstance)
                .map(message -> ((RelayToViewer.History) message).deviceId())
                .toList();
    }
}
