package dev.deskrelay.relay.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.FilesystemUsage;
import dev.deskrelay.protocol.HistoryPoint;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.Usage;

class RecentValuesTest {

    private static final List<HistoryPoint> HISTORY = List.of(
            new HistoryPoint(1000, 50.5, null, 40.0, null, 100.0, 10.0),
            new HistoryPoint(2000, 93.1, null, 41.0, 2.5, 200.0, 20.0));
    private static final Optional<RelayToViewer.Filesystems> DISKS = Optional.of(new RelayToViewer.Filesystems("d1",
            3000, List.of(new FilesystemUsage("/", "ext4", new Usage(50, 100)),
                    new FilesystemUsage("/data", "ext4", new Usage(90, 100)),
                    new FilesystemUsage("/empty", "tmpfs", new Usage(0, 0)))));

    @Test
    void eachMetricFromTheHistory() {
        assertEquals(List.of(new Evidence.Point(1000, 50.5), new Evidence.Point(2000, 93.1)),
                RecentValues.of("cpu", null, HISTORY, Optional.empty()));
        assertEquals(List.of(new Evidence.Point(1000, 40.0), new Evidence.Point(2000, 41.0)),
                RecentValues.of("memory", null, HISTORY, Optional.empty()));
        assertEquals(List.of(new Evidence.Point(2000, 20.0)), RecentValues.of("net_tx", null, HISTORY.subList(1, 2),
                Optional.empty()));
    }

    @Test
    void aSampleWithoutTheValueLeavesAGap() {
        assertEquals(List.of(new Evidence.Point(2000, 2.5)), RecentValues.of("swap", null, HISTORY, Optional.empty()));
    }

    @Test
    void aFilesystemIsTheLastReportOfItsMountOrTheFullest() {
        assertEquals(List.of(new Evidence.Point(3000, 50.0)), RecentValues.of("filesystem", "/", HISTORY, DISKS));
        assertEquals(List.of(new Evidence.Point(3000, 90.0)), RecentValues.of("filesystem", "*", HISTORY, DISKS));
        assertEquals(List.of(new Evidence.Point(3000, 90.0)), RecentValues.of("filesystem", null, HISTORY, DISKS));
        assertEquals(List.of(), RecentValues.of("filesystem", "/gone", HISTORY, DISKS));
        assertEquals(List.of(), RecentValues.of("filesystem", null, HISTORY, Optional.empty()));
    }

    @Test
    void whatTheHistoryLacksHasNoPoints() {
        assertEquals(List.of(), RecentValues.of("load_per_core", null, HISTORY, DISKS));
        assertEquals(List.of(), RecentValues.of("offline", null, HISTORY, DISKS));
    }
}
