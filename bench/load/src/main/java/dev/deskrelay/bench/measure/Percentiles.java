package dev.deskrelay.bench.measure;

/** A latency distribution as the report shows it, in milliseconds. */
public record Percentiles(long count, double p50, double p99, double p999, double max) {

    public static final Percentiles NONE = new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
}
