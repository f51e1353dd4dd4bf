package dev.deskrelay.relay.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.HistoryPoint;
import dev.deskrelay.protocol.InterfaceRate;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.protocol.Usage;

class TelemetryHistoryTest {

    private final TelemetryHistory history = new TelemetryHistory(3);

    @Test
    void keepsTheLastSamplesOldestFirst() {
        for (int i = 1; i <= 5; i++) {
            history.record(i * 1000L, Sample.cpuOnly(i));
        }
        assertEquals(List.of(3000L, 4000L, 5000L), history.points().stream().map(HistoryPoint::at).toList());
        assertEquals(List.of(3.0, 4.0, 5.0), history.points().stream().map(HistoryPoint::cpu).toList());
    }

    @Test
    void keepsWhatChartsNeedToATenth() {
        history.record(1L, new Sample(12.34, List.of(10.06, 99.99), null, new Usage(1, 3), null,
                List.of(new InterfaceRate("eth0", 1000, 10), new InterfaceRate("wlan0", 500, 5)), 99L));
        HistoryPoint point = history.points().get(0);
        assertEquals(12.3, point.cpu());
        assertEquals(List.of(10.1, 100.0), point.cores());
        assertEquals(33.3, point.memory());
        assertNull(point.swap(), "no swap in the sample, none in history");
        assertEquals(1500.0, point.rx());
        assertEquals(15.0, point.tx());
    }

    @Test
    void aMachineWithVeryManyCoresKeepsItsTotalOnly() {
        history.record(1L, new Sample(50.0, Collections.nCopies(TelemetryHistory.MAX_CORES + 1, 50.0), null, null,
                null, null, null));
        assertNull(history.points().get(0).cores());
        assertNull(history.points().get(0).rx());
    }

    @Test
    void samplesKeepTheirOwnCoresWhenTheCountChanges() {
        history.record(1L, new Sample(10.0, List.of(1.0, 2.0), null, null, null, null, null));
        history.record(2L, new Sample(10.0, List.of(3.0, 4.0, 5.0, 6.0), null, null, null, null, null));
        history.record(3L, Sample.cpuOnly(10.0));
        assertEquals(List.of(1.0, 2.0), history.points().get(0).cores());
        assertEquals(List.of(3.0, 4.0, 5.0, 6.0), history.points().get(1).cores());
        assertNull(history.points().get(2).cores());
    }

    @Test
    void anEmptyHistoryHasNoPoints() {
        assertEquals(List.of(), history.points());
    }
}
