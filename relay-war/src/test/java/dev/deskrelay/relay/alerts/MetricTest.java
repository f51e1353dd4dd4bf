package dev.deskrelay.relay.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.InterfaceRate;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.protocol.Usage;

class MetricTest {

    private static final Sample FULL = new Sample(42.5, List.of(10.0, 20.0, 30.0, 40.0), List.of(2.0, 1.0, 0.5),
            new Usage(3, 4), new Usage(1, 10), List.of(new InterfaceRate("eth0", 100, 10), new InterfaceRate("wlan0", 50, 5)),
            100L);

    @Test
    void readsEachMetricFromASample() {
        assertEquals(42.5, Metric.CPU_TOTAL.read(FULL));
        assertEquals(75.0, Metric.MEMORY_PERCENT.read(FULL));
        assertEquals(10.0, Metric.SWAP_PERCENT.read(FULL));
        assertEquals(0.5, Metric.LOAD_PER_CORE.read(FULL));
        assertEquals(150.0, Metric.NET_RECEIVE_BYTES.read(FULL), "all interfaces together");
        assertEquals(15.0, Metric.NET_SEND_BYTES.read(FULL));
    }

    @Test
    void whatASampleLacksIsNaN() {
        Sample bare = new Sample(5.0, null, null, null, new Usage(0, 0), null, null);
        for (Metric metric : List.of(Metric.MEMORY_PERCENT, Metric.SWAP_PERCENT, Metric.LOAD_PER_CORE,
                Metric.NET_RECEIVE_BYTES, Metric.NET_SEND_BYTES, Metric.FILESYSTEM_PERCENT)) {
            assertEquals(Double.NaN, metric.read(bare), metric.name());
        }
        assertEquals(Double.NaN, Metric.FILESYSTEM_PERCENT.read(FULL), "filesystems come in their own message");
    }
}
