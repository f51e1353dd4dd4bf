package dev.deskrelay.relay.cluster;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URLClassLoader;
import java.net.URL;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

class GridThreadTest {

    private static final Logger LOG = Logger.getLogger(GridThreadTest.class.getName());

    @Test
    void theWorkRunsWithTheRelaysClassLoaderAndItsFailureStopsHere() {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        var payaras = new URLClassLoader(new URL[0], null);
        thread.setContextClassLoader(payaras);
        var seen = new AtomicReference<ClassLoader>();
        try {
            assertDoesNotThrow(() -> GridThread.run(LOG, () -> "fail on purpose", () -> {
                seen.set(Thread.currentThread().getContextClassLoader());
                throw new IllegalStateException("on purpose");
            }));

            assertSame(GridThread.class.getClassLoader(), seen.get());
            assertSame(payaras, thread.getContextClassLoader(), "Hazelcast's class loader is put back");
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
