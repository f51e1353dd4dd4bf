package dev.deskrelay.relay.cluster;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs relay code on a thread of Hazelcast's (a message, a member lost, a merge). That thread's
 * context class loader is Payara's, which cannot see what the relay's JSON reading looks up
 * through it, so the relay's own is set for the while. A failure is logged here and goes no
 * further: escaping, it would skip the caller's later steps, or end up in Hazelcast's own task.
 */
final class GridThread {

    private GridThread() {
    }

    /** @param what what the work does, for the log ("handle a LATEST message"), worked out only on a failure */
    static void run(Logger log, Supplier<String> what, Runnable work) {
        Thread thread = Thread.currentThread();
        ClassLoader hazelcasts = thread.getContextClassLoader();
        thread.setContextClassLoader(GridThread.class.getClassLoader());
        try {
            work.run();
        } catch (RuntimeException e) {
            log.severe(() -> "could not " + what.get() + ": " + e);
            // the trace only on demand: one failing step on every message would flood the log
            log.log(Level.FINE, e, () -> "could not " + what.get());
        } finally {
            thread.setContextClassLoader(hazelcasts);
        }
    }
}
