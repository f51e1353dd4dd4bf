package dev.deskrelay.bench.run;

import java.time.Duration;
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

    /** Connects every client, ramped, and starts its periodic sends; returns when all are ready or failed. */
    Connected connect(Ramp ramp, Duration limit);

    /** The clients' sockets that are ready and open right now. */
    int held();

    /** Telemetry, actions, echoes: nothing more is sent, and no dropped client comes back. Answers still are. */
    void stopSending();

    /** Everything sent has arrived: every action answered, every viewer caught up with its agent. */
    boolean settled();

    Account account();

    CompletableFuture<Void> close(Duration patience);
}
