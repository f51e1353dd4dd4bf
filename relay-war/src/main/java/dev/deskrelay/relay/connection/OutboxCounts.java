package dev.deskrelay.relay.connection;

import dev.deskrelay.relay.metrics.RelayMetrics;

/** What an outbox did to stay bounded, counted in the relay's metrics. */
record OutboxCounts(RelayMetrics metrics) implements Outbox.Events {

    @Override
    public void coalesced() {
        metrics.coalesced();
    }

    @Override
    public void dropped() {
        metrics.dropped();
    }

    @Override
    public void overflowed() {
        metrics.overflowed();
    }
}
