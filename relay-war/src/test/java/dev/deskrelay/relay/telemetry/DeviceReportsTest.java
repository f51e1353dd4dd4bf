package dev.deskrelay.relay.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.FilesystemUsage;
import dev.deskrelay.protocol.HistoryPoint;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.protocol.Usage;
import dev.deskrelay.relay.routing.SilentRouter;

class DeviceReportsTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    private final DeviceReports reports = new DeviceReports();
    private final List<String> watched = new ArrayList<>();

    DeviceReportsTest() {
        reports.historySamples = 300;
        reports.router = new SilentRouter();
        reports.watch = new TelemetryWatch() {
            @Override
            public void sample(String deviceId, Sample sample, long at) {
                watched.add("sample " + deviceId + " " + sample.cpu() + " at " + at);
            }

            @Override
            public void filesystems(String deviceId, List<FilesystemUsage> filesystems, long at) {
                watched.add("filesystems " + deviceId + " " + filesystems.get(0).mount() + " at " + at);
            }
        };
    }

    @Test
    void theWatchSeesEveryReportWithItsReceiveTime() {
        at(START);
        reports.sample("d1", Sample.cpuOnly(10));
        reports.filesystems("d1", List.of(new FilesystemUsage("/", "ext4", new Usage(1, 2))));
        long now = START.toEpochMilli();
        assertEquals(List.of("sample d1 10.0 at " + now, "filesystems d1 / at " + now), watched);
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

    @Test
    void samplesReceivedInTheSameMillisecondEachHaveTheirOwnTime() {
        List<Long> sent = new ArrayList<>();
        reports.router = new SilentRouter() {
            @Override
            public void latestToViewers(String deviceId, RelayToViewer message) {
                sent.add(((RelayToViewer.Telemetry) message).at());
            }
        };
        at(START);
        reports.sample("device", Sample.cpuOnly(10));
        reports.sample("device", Sample.cpuOnly(20));
        reports.sample("device", Sample.cpuOnly(30));

        long start = START.toEpochMilli();
        assertEquals(List.of(start, start + 1, start + 2), sent, "what viewers watching get");
        var history = (RelayToViewer.History) reports.known(List.of("device")).get(0);
        assertEquals(sent, history.points().stream().map(HistoryPoint::at).toList(), "what newcomers get");
    }

    @Test
    void recentSamplesAreThoseOfTheChartWindow() {
        at(START);
        reports.sample("device", Sample.cpuOnly(10));
        at(START.plus(Duration.ofMinutes(2)));
        reports.sample("device", Sample.cpuOnly(20));

        at(START.plus(DeviceReports.CHART_WINDOW).plusSeconds(1));
        assertEquals(List.of(20.0), reports.recent("device").stream().map(HistoryPoint::cpu).toList());
        assertEquals(List.of(), reports.recent("unknown"));
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
