/**
 * What a run counts: latencies as HdrHistograms in microseconds on one monotonic clock, counts of
 * what happened and of what should not have, and each watched agent's sent samples, so that a
 * viewer's losses can be told apart from the relay's documented latest-value-wins coalescing.
 */
package dev.deskrelay.bench.measure;
