package dev.deskrelay.bench.measure;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Everything one run measures, shared by all simulated clients. Latencies are recorded only while
 * the load is held ({@link #holding()}): ramp-up and shutdown are not the steady state the
 * figures describe. Errors are counted at any time: none is acceptable in any phase.
 */
public final class Measurements {

    /** From the agent handing a sample to its socket to a viewer having read it. */
    public final Latency agentToViewer = new Latency();
    /** From the relay's {@code at} stamp (its wall clock, milliseconds) to a viewer having read it. */
    public final Latency relayToViewer = new Latency();
    /** From a viewer sending an action to it reading the action's result. */
    public final Latency actionRoundTrip = new Latency();
    /** From an echo socket sending a frame to it reading the frame back. */
    public final Latency echoRoundTrip = new Latency();
    /**
     * From starting a connection to the client being ready (agent enrolled, viewer paired, echo
     * open): recorded while connecting, the one latency that is not about the held load.
     */
    public final Latency connectToReady = new Latency();
    /** What should never happen: any of these fails the correctness check. */
    public final Tally errors = new Tally();

    private final Map<Count, LongAdder> counts = new EnumMap<>(Count.class);
    private volatile boolean holding;

    public Measurements() {
        for (Count count : Count.values()) {
            counts.put(count, new LongAdder());
        }
    }

    public void count(Count count) {
        counts.get(count).increment();
    }

    /** Counts the event, and its {@code _HOLD} twin too while the load is held. */
    public void count(Count always, Count whileHolding) {
        counts.get(always).increment();
        if (holding) {
            counts.get(whileHolding).increment();
        }
    }

    public long get(Count count) {
        return counts.get(count).sum();
    }

    public void error(String what) {
        errors.add(what);
    }

    public boolean holding() {
        return holding;
    }

    public void hold(boolean on) {
        holding = on;
    }
}
