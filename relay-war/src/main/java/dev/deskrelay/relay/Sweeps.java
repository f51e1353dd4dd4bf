package dev.deskrelay.relay;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Housekeeping that runs on a schedule (expired codes, sessions, links, old audit events). A
 * failed run is logged and the schedule goes on: the database may be back by the next one.
 */
@ApplicationScoped
public class Sweeps {

    private static final Logger LOG = Logger.getLogger(Sweeps.class.getName());

    private final List<ScheduledFuture<?>> running = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService scheduler;

    protected Sweeps() {
    }

    @Inject
    public Sweeps(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Runs {@code sweep} now and then every {@code period}; {@code what} names it in the log. */
    public void every(Duration period, String what, Runnable sweep) {
        running.add(scheduler.scheduleWithFixedDelay(() -> {
            try {
                sweep.run();
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "could not " + what + "; trying again in " + period.toSeconds() + " s", failed);
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS));
    }

    @PreDestroy
    public void stop() {
        running.forEach(sweep -> sweep.cancel(false));
    }
}
