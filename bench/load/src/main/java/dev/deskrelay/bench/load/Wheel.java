package dev.deskrelay.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs each of many tasks once per period, spread evenly over it: the period is cut into slots
 * of one tick, tasks are dealt to the slots in turn, and each tick runs one slot. Thousands of
 * agents reporting "every second" thus report a few at a time, as real ones, started at random
 * moments, do.
 */
public final class Wheel {

    private final List<Runnable>[] slots;
    private final AtomicInteger dealt = new AtomicInteger();
    private final Consumer<RuntimeException> failures;
    private int cursor;

    @SuppressWarnings("unchecked")
    public Wheel(Duration period, Duration tick, Consumer<RuntimeException> failures) {
        int count = (int) Math.max(1, period.toNanos() / tick.toNanos());
        slots = new List[count];
        for (int i = 0; i < count; i++) {
            slots[i] = new CopyOnWriteArrayList<>();
        }
        this.failures = failures;
    }

    public void add(Runnable task) {
        slots[Math.floorMod(dealt.getAndIncrement(), slots.length)].add(task);
    }

    /** One tick: the next slot's tasks. Called by one thread at a time (a periodic task). */
    void turn() {
        for (Runnable task : slots[cursor]) {
            try {
                task.run();
            } catch (RuntimeException failure) {
                // one task's failure must not stop the wheel, which a periodic task's exception would
                failures.accept(failure);
            }
        }
        cursor = (cursor + 1) % slots.length;
    }

    int slots() {
        return slots.length;
    }
}
