package dev.deskrelay.bench.measure;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.zip.DataFormatException;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

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

    /**
     * Every value recorded, compressed and in base64: percentiles of several processes can't be
     * combined, their histograms can ({@link #add}).
     */
    public String encoded() {
        var copy = histogram.copy();
        ByteBuffer buffer = ByteBuffer.allocate(copy.getNeededByteBufferCapacity());
        int length = copy.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
    }

    /** Adds the values of an {@link #encoded} latency. */
    public void add(String encoded) {
        try {
            histogram.add(Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(encoded)), MAX_MICROS));
        } catch (DataFormatException | RuntimeException unreadable) {
            throw new IllegalArgumentException("not an encoded latency histogram", unreadable);
        }
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
