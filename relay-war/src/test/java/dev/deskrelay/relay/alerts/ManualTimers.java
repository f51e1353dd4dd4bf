package dev.deskrelay.relay.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler whose time moves only when the test says: {@link #advance} runs, on the test's
 * thread, what fell due. Only {@code execute} and one-shot {@code schedule(Runnable, ...)} are faked;
 * it starts no thread.
 */
final class ManualTimers extends ScheduledThreadPoolExecutor {

    private final List<Task> tasks = new ArrayList<>();
    private long now;

    ManualTimers() {
        super(1);
    }

    /** Runs at the current time, at the next {@link #advance}. */
    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        var task = new Task(command, now + unit.toMillis(delay));
        tasks.add(task);
        return task;
    }

    /** Runs, in order of their time, the tasks due within {@code step}. */
    void advance(Duration step) {
        long until;
        synchronized (this) {
            until = now + step.toMillis();
        }
        while (true) {
            Task due;
            synchronized (this) {
                due = tasks.stream().filter(task -> task.at <= until).min(Comparator.comparingLong(task -> task.at))
                        .orElse(null);
                if (due == null) {
                    now = until;
                    return;
                }
                tasks.remove(due);
                now = due.at;
            }
            due.run();
        }
    }

    /** Tasks waiting, cancelled ones included until they fall due. */
    synchronized long waiting() {
        return tasks.stream().filter(task -> !task.cancelled).count();
    }

    /** The scheduler's time, which starts at 0. */
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                synchronized (ManualTimers.this) {
                    return Instant.ofEpochMilli(now);
                }
            }
        };
    }

    private final class Task implements ScheduledFuture<Object> {
        private final Runnable command;
        private final long at;
        private volatile boolean cancelled;
        private volatile boolean done;

        Task(Runnable command, long at) {
            this.command = command;
            this.at = at;
        }

        void run() {
            if (!cancelled) {
                done = true;
                command.run();
            }
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean wasWaiting = !cancelled && !done;
            cancelled = true;
            return wasWaiting;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return cancelled || done;
        }

        @Override
        public Object get() {
            return null;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return null;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            synchronized (ManualTimers.this) {
                return unit.convert(at - now, TimeUnit.MILLISECONDS);
            }
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.MILLISECONDS), other.getDelay(TimeUnit.MILLISECONDS));
        }
    }
}
