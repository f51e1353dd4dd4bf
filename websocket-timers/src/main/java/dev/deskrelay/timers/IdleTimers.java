package dev.deskrelay.timers;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The scheduler Tyrus gets for its sessions' idle timers. Tyrus restarts a session's timer on
 * every frame in and out with the session's idle timeout as the delay, also when there is none
 * (0): that timer falls due at once and, finding no timeout, does nothing. It still cost a task
 * handed to this thread, and the thread woken, twice per relayed message. A timer without a delay
 * is therefore not scheduled at all; timers with one (a session given an idle timeout) run as ever.
 */
final class IdleTimers extends PlainScheduler {

    /** What a timer without a delay gets: a future that is already cancelled, so cancelling it again is harmless. */
    private final ScheduledFuture<?> neverDue;

    IdleTimers() {
        super("deskrelay-idle-timers");
        neverDue = super.schedule(() -> { }, 1, TimeUnit.DAYS);
        neverDue.cancel(false);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return delay <= 0 ? neverDue : super.schedule(command, delay, unit);
    }
}
