package dev.deskrelay.timers;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * A one-thread JDK scheduler for timers that need no container context. Payara's managed
 * scheduler captures that context for every task, with a class path scan apiece, which is too
 * dear for a timer per frame or per action.
 */
public final class PlainScheduler {

    private PlainScheduler() {
    }

    public static ScheduledThreadPoolExecutor named(String threadName) {
        var scheduler = new ScheduledThreadPoolExecutor(1, task -> {
            var thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
        // timers restarted or answered early must leave the queue at once, not when they fall due
        scheduler.setRemoveOnCancelPolicy(true);
        // once shut down at undeploy, a closing socket's last timer is dropped rather than thrown at Tyrus
        scheduler.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
        return scheduler;
    }
}
