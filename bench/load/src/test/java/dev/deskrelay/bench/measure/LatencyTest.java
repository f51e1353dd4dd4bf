package dev.deskrelay.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatencyTest {

    @Test
    void percentilesAreInMilliseconds() {
        var latency = new Latency();
        for (int micros = 1; micros <= 1000; micros++) {
            latency.record(micros * 10L);
        }
        Percentiles p = latency.percentiles();
        assertEquals(1000, p.count());
        assertEquals(5.0, p.p50(), 0.01);
        assertEquals(9.9, p.p99(), 0.01);
        assertEquals(10.0, p.max(), 0.01);
    }

    @Test
    void nothingRecordedIsNotZero() {
        assertTrue(Double.isNaN(new Latency().percentiles().p50()));
    }

    @Test
    void hugeAndNegativeValuesAreClamped() {
        var latency = new Latency();
        latency.record(-5);
        latency.record(Long.MAX_VALUE);
        assertEquals(2, latency.percentiles().count());
        assertTrue(latency.percentiles().max() <= Latency.MAX_MICROS / 1000.0 * 1.001);
    }

    @Test
    void latenciesOfSeveralProcessesMergeThroughTheirEncoding() {
        var first = new Latency();
        var second = new Latency();
        for (int micros = 1; micros <= 500; micros++) {
            first.record(micros * 10L);
            second.record((500 + micros) * 10L);
        }
        var merged = new Latency();
        merged.add(first.encoded());
        merged.add(second.encoded());
        merged.add(new Latency().encoded());
        Percentiles p = merged.percentiles();
        assertEquals(1000, p.count());
        assertEquals(5.0, p.p50(), 0.01);
        assertEquals(9.9, p.p99(), 0.01);
    }

    @Test
    void aWrongEncodingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Latency().add("bm90IGEgaGlzdG9ncmFt"));
        assertThrows(IllegalArgumentException.class, () -> new Latency().add("%%%"));
    }
}
