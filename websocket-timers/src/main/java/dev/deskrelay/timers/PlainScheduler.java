package dev.deskrelay.timers;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * A one-thread JDK scheduler for timers that need no container context. Payara's managed
 * scheduler captures that context for every task, with a class path scan apiece, which is too
 * dear for a timer per frame or per action.
 */
public class PlainScheduler extends ScheduledThreadPoolExecutor {

    PlainScheduler(String threadName) {
        super(1, task -> {
            var thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
        // timers restarted or answered early must leave the queue at once, not when they fall due
        setRemoveOnCancelPolicy(true);
        // once shut down at undeploy, a closing socket's last timer is dropped rather than thrown at Tyrus
        setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
    }

    public static PlainScheduler named(String threadName) {
        return new PlainScheduler(threadName);
    }
}
