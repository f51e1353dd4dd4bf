package dev.deskrelay.buffers;

import org.glassfish.grizzly.memory.DefaultMemoryManagerFactory;
import org.glassfish.grizzly.memory.HeapMemoryManager;
import org.glassfish.grizzly.memory.MemoryManager;
import org.glassfish.grizzly.memory.ThreadLocalPool;

/**
 * Grizzly's heap memory manager without its per-thread 64 KiB slabs: each buffer is an array of
 * its own size. With slabs, the parser points a connection's handshake request into a slice of
 * one, and a WebSocket connection keeps that request for its whole life, so each open socket
 * pinned most of a 64 KiB array (docs/benchmarks.md). The price is a short-lived array per frame
 * sent, which the young generation collects cheaply.
 */
public class ExactHeapBuffers implements DefaultMemoryManagerFactory {

    /** What Payara Micro is given as {@code -Dorg.glassfish.grizzly.MEMORY_MANAGER_FACTORY}. */
    public static final String PROPERTY = "org.glassfish.grizzly.MEMORY_MANAGER_FACTORY";

    @Override
    public MemoryManager createMemoryManager() {
        return new HeapMemoryManager() {
            @Override
            public ThreadLocalPool createThreadLocalPool() {
                return null;
            }
        };
    }
}
