package dev.deskrelay.bench.load;

import dev.deskrelay.bench.measure.SampleLog;
import dev.deskrelay.bench.measure.Watch;

/** A client that watches one source (a viewer its agent, a web client its desktop) and acts on it. */
public interface Watcher extends Participant {

    Watch watch();

    /** What the watched source sent. */
    SampleLog sourceLog();

    int unanswered();
}
