package dev.deskrelay.bench.run;

import dev.deskrelay.bench.BenchOptions;
import dev.deskrelay.bench.measure.Measurements;
import dev.deskrelay.bench.socket.Sockets;
import dev.deskrelay.bench.socket.Targets;

/** What every fleet of one run shares. */
record RunSetup(BenchOptions options, Measurements measurements, Sockets sockets, Targets targets, Placement placement) {

    /** A bug in the generator must show in the figures, not vanish with a timer thread. */
    void generatorFailed(RuntimeException failure) {
        measurements.error("generator failure (" + failure.getClass().getSimpleName() + ")");
    }
}
