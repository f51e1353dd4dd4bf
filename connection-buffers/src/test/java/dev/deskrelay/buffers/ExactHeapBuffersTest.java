package dev.deskrelay.buffers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.glassfish.grizzly.attributes.AttributeBuilder;
import org.glassfish.grizzly.memory.MemoryManager;
import org.glassfish.grizzly.memory.ThreadLocalPoolProvider;
import org.glassfish.grizzly.threadpool.DefaultWorkerThread;
import org.junit.jupiter.api.Test;

class ExactHeapBuffersTest {

    private final MemoryManager memory = new ExactHeapBuffers().createMemoryManager();

    @Test
    void aWorkerThreadsBuffersEachOwnAnArrayOfTheirSize() throws Exception {
        // Grizzly slices slabs only on its worker threads, each made with its memory manager's pool
        var arrays = new CompletableFuture<List<byte[]>>();
        var worker = new DefaultWorkerThread(AttributeBuilder.DEFAULT_ATTRIBUTE_BUILDER, "grizzly-worker",
                ((ThreadLocalPoolProvider) memory).createThreadLocalPool(),
                () -> arrays.complete(List.of(memory.allocate(215).toByteBuffer().array(),
                        memory.allocate(508).toByteBuffer().array())));
        worker.start();

        var allocated = arrays.get(10, TimeUnit.SECONDS);

        assertEquals(215, allocated.get(0).length);
        assertEquals(508, allocated.get(1).length);
    }
}
