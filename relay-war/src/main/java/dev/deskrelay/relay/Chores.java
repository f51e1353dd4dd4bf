package dev.deskrelay.relay;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Housekeeping on the relay's scheduler: a chore run now and every period after. A failed run is
 * logged and the schedule goes on, because the database may be back by the next run.
 */
public final class Chores {

    private Chores() {
    }

    /**
     * @param failure what the log says when a run fails
     * @return the schedule, to cancel when the relay stops
     */
    public static ScheduledFuture<?> every(ScheduledExecutorService scheduler, Duration period, Runnable chore,
            Logger log, String failure) {
        Runnable guarded = () -> {
            try {
                chore.run();
            } catch (RuntimeException failed) {
                log.log(Level.WARNING, failure, failed);
            }
        };
        return scheduler.scheduleWithFixedDelay(guarded, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }
}
