package dev.deskrelay.bench.run;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.deskrelay.bench.load.Ramp;

/** A group of simulated clients that a run connects, holds, drains, accounts for and closes. */
interface Fleet {

    /** What a fleet owes the report once it is drained. */
    record Account(int sources, int sourcesReady, int watchers, int watchersReady, int held, long owed, long lost,
            long skipped, long unanswered) {
    }

    /** The two ramps of a fleet: the sources (agents, desktops) first, then their watchers. */
    record Connected(Ramp.Outcome sources, Ramp.Outcome watchers) {
    }

    /**
     * One relay node's share of the fleet now: agents and viewers on an open, ready socket to it
     * (by the node each last dialled), viewers whose agent is on another node, and actions its
     * viewers still wait for.
     */
    record NodeAccount(int agentsHeld, int viewersHeld, int viewersCrossNode, long actionsUnanswered) {
    }

    /**
     * What the relay must hold before anything is measured (the viewers' accounts); returns how
     * long it took.
     */
    default Duration prepare() {
        return Duration.ZERO;
    }

    /** Connects every client, ramped, and starts its periodic sends; returns when all are ready or failed. */
    Connected connect(Ramp ramp, Duration limit);

    /** The clients' sockets that are ready and open right now. */
    int held();

    /** Of those, the sources' (agents, desktops, echo sockets): what a node's loss takes away. */
    int sourcesHeld();

    /** Telemetry, actions, echoes: nothing more is sent, and no dropped client comes back. Answers still are. */
    void stopSending();

    /** Everything sent has arrived: every action answered, every viewer caught up with its agent. */
    boolean settled();

    Account account();

    /** By relay node (0 to {@code nodes - 1}); empty for a fleet that is not spread over nodes. */
    default List<NodeAccount> byNode(int nodes) {
        return List.of();
    }

    CompletableFuture<Void> close(Duration patience);
}
