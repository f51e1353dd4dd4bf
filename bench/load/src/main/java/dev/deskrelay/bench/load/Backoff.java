package dev.deskrelay.bench.load;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

/**
 * One client's pauses between reconnects, as the real agent and page take them: full jitter, the
 * pause before retry n (from 0) uniform in [0, min(30 s, 0.5 s · 2^n)), so that thousands of
 * clients one overloaded relay dropped at once do not all come back at once. As in
 * agent-standalone, the count starts over only once a connection has stayed ready for a minute: a
 * relay that takes clients back and drops them again soon keeps getting longer pauses.
 */
final class Backoff {

    static final Duration BASE = Duration.ofMillis(500);
    static final Duration CAP = Duration.ofSeconds(30);
    static final long HEALTHY_MICROS = TimeUnit.MINUTES.toMicros(1);

    private final DoubleSupplier random;
    private int retries;
    private long readySince = -1;

    /** @param random uniform in [0, 1) */
    Backoff(DoubleSupplier random) {
        this.random = random;
    }

    static Backoff jittered() {
        return new Backoff(() -> ThreadLocalRandom.current().nextDouble());
    }

    synchronized void ready(long nowMicros) {
        readySince = nowMicros;
    }

    /** The pause before the next attempt, after a socket was lost or an attempt failed. */
    synchronized Duration next(long nowMicros) {
        if (readySince >= 0 && nowMicros - readySince >= HEALTHY_MICROS) {
            retries = 0;
        }
        readySince = -1;
        Duration window = BASE.multipliedBy(1L << retries);
        if (window.compareTo(CAP) < 0) {
            retries++;
        } else {
            window = CAP;
        }
        return Duration.ofNanos((long) (random.getAsDouble() * window.toNanos()));
    }
}
