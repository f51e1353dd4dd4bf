package dev.deskrelay.bench.measure;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;

/**
 * One latency distribution, recorded in microseconds from any thread. Values past two minutes are
 * kept as two minutes (no run waits that long for anything), so a stray huge value can't throw.
 */
public final class Latency {

    static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(2);

    private final ConcurrentHistogram histogram = new ConcurrentHistogram(MAX_MICROS, 3);

    public void record(long micros) {
        histogram.recordValue(Math.max(0, Math.min(micros, MAX_MICROS)));
    }

    public Percentiles percentiles() {
        if (histogram.getTotalCount() == 0) {
            return Percentiles.NONE;
        }
        return new Percentiles(histogram.getTotalCount(), millis(histogram.getValueAtPercentile(50)),
                millis(histogram.getValueAtPercentile(99)), millis(histogram.getValueAtPercentile(99.9)),
                millis(histogram.getMaxValue()));
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
