package dev.deskrelay.bench.measure;

/**
 * Microseconds on {@link System#nanoTime()} since this JVM loaded the class. Senders and receivers
 * of every measured message live in the generator's one JVM, so one monotonic clock times both
 * ends exactly; wall clocks would bring their own steps and resolution into the figures.
 */
public final class BenchClock {

    private static final long ORIGIN = System.nanoTime();

    private BenchClock() {
    }

    public static long micros() {
        return (System.nanoTime() - ORIGIN) / 1000;
    }
}
