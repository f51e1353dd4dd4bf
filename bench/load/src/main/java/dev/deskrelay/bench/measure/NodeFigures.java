package dev.deskrelay.bench.measure;

import java.util.concurrent.atomic.LongAdder;

/**
 * What the viewers on one relay node measured, split by where the device's agent was: on the same
 * node, or on another (its messages crossed the data grid). Also the sockets this node refused or
 * dropped. Latencies are recorded only while the load is held, as every run-wide one.
 */
public final class NodeFigures {

    public final Latency agentToViewerSameNode = new Latency();
    public final Latency agentToViewerCrossNode = new Latency();
    public final Latency actionSameNode = new Latency();
    public final Latency actionCrossNode = new Latency();
    private final LongAdder connectFailures = new LongAdder();
    private final LongAdder dropped = new LongAdder();

    public void connectFailed() {
        connectFailures.increment();
    }

    /** A socket this node closed or lost without being asked to. */
    public void dropped() {
        dropped.increment();
    }

    public long connectFailures() {
        return connectFailures.sum();
    }

    public long droppedSockets() {
        return dropped.sum();
    }
}
