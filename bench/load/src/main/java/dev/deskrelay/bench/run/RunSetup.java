package dev.deskrelay.bench.run;

import dev.deskrelay.bench.BenchOptions;
import dev.deskrelay.bench.accounts.Admin;
import dev.deskrelay.bench.measure.Measurements;
import dev.deskrelay.bench.socket.Sockets;
import dev.deskrelay.bench.socket.Targets;

/**
 * What every fleet of one run shares.
 *
 * @param admin who invites the viewers' accounts; null when no viewer needs one
 */
record RunSetup(BenchOptions options, Measurements measurements, Sockets sockets, Targets targets, Placement placement,
        Admin admin) {

    /** A bug in the generator must show in the figures, not vanish with a timer thread. */
    void generatorFailed(RuntimeException failure) {
        measurements.error("generator failure (" + failure.getClass().getSimpleName() + ")");
    }
}
