package dev.deskrelay.bench.load;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A simulated client as a fleet counts and closes it, whatever protocol it speaks. */
public interface Participant {

    boolean isReady();

    CompletableFuture<Void> close(Duration patience);
}
