package dev.deskrelay.relay;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A task run on the scheduler every period until stopped. A run that fails is logged and the
 * schedule goes on: a scheduled executor would otherwise end it silently at the first failure,
 * though the database may well be back by the next run.
 */
public final class Periodic {

    private static final Logger LOG = Logger.getLogger(Periodic.class.getName());

    private final ScheduledFuture<?> runs;

    private Periodic(ScheduledFuture<?> runs) {
        this.runs = runs;
    }

    /**
     * @param what what the task does, for the log line of a failure ("remove old audit events")
     */
    public static Periodic start(ScheduledExecutorService scheduler, Duration first, Duration period, String what,
            Runnable task) {
        Runnable guarded = () -> {
            try {
                task.run();
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "could not " + what + "; trying again in " + period, failed);
            }
        };
        return new Periodic(scheduler.scheduleWithFixedDelay(guarded, first.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS));
    }

    public void stop() {
        runs.cancel(false);
    }
}
