package dev.deskrelay.relay.metrics;

import java.time.Duration;
import java.util.function.Supplier;

import dev.deskrelay.protocol.ErrorCode;

/** Metrics that count nothing, for unit tests without a container's registry. */
public final class NoMetrics extends RelayMetrics {

    @Override
    public void relayed() {
    }

    @Override
    public void rejected(ErrorCode reason) {
    }

    @Override
    public void socketRefused(String reason) {
    }

    @Override
    public void actionAnswered(Duration roundTrip) {
    }

    @Override
    public void gauge(String name, Supplier<Long> value) {
    }

    @Override
    public void coalesced() {
    }

    @Override
    public void dropped() {
    }

    @Override
    public void overflowed() {
    }
}
