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
    /** One per relay node, and a last one for sockets whose node is unknown (through a balancer). */
    private final NodeFigures[] nodes;
    /**
     * Whether latencies are also recorded per node: only a cluster's run reads them, and a single
     * relay's would only record every sample a second time.
     */
    private final boolean perNode;
    private volatile boolean holding;

    /** For a single relay: its latencies are only the run-wide ones. */
    public Measurements() {
        this(1, false);
    }

    /** For a cluster's {@code relayNodes} nodes: latencies per node too. */
    public Measurements(int relayNodes) {
        this(relayNodes, true);
    }

    private Measurements(int relayNodes, boolean perNode) {
        this.perNode = perNode;
        for (Count count : Count.values()) {
            counts.put(count, new LongAdder());
        }
        nodes = new NodeFigures[relayNodes + 1];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = new NodeFigures();
        }
    }

    /** The figures of relay node {@code node}, or of the unknown ones for a negative node. */
    public NodeFigures node(int node) {
        return node < 0 ? nodes[nodes.length - 1] : nodes[node];
    }

    public int relayNodes() {
        return nodes.length - 1;
    }

    /** A sample from an agent on {@code agentNode} read by a viewer on {@code viewerNode}. */
    public void agentToViewer(long micros, int viewerNode, int agentNode) {
        agentToViewer.record(micros);
        if (perNode && viewerNode >= 0 && agentNode >= 0) {
            NodeFigures at = node(viewerNode);
            (viewerNode == agentNode ? at.agentToViewerSameNode : at.agentToViewerCrossNode).record(micros);
        }
    }

    /** An action's round trip from a viewer on {@code viewerNode} to an agent on {@code agentNode}. */
    public void actionRoundTrip(long micros, int viewerNode, int agentNode) {
        actionRoundTrip.record(micros);
        if (perNode && viewerNode >= 0 && agentNode >= 0) {
            NodeFigures at = node(viewerNode);
            (viewerNode == agentNode ? at.actionSameNode : at.actionCrossNode).record(micros);
        }
    }

    public void count(Count count) {
        counts.get(count).increment();
    }

    public void count(Count count, long times) {
        counts.get(count).add(times);
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
