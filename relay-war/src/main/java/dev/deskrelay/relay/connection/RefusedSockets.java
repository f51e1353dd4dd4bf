package dev.deskrelay.relay.connection;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Sockets refused before they could say anything, by reason. Each is counted at once, but the log
 * gets at most one line a period: a client retrying in a loop would otherwise write a line per
 * attempt, hundreds a second, and bury everything else. The first refusal after a quiet period is
 * logged at once; those that follow within the period are added up and logged together by
 * {@link #flush()}, which the socket sweep calls.
 */
final class RefusedSockets {

    private static final Logger LOG = Logger.getLogger(RefusedSockets.class.getName());

    private record Pending(long count, String lastAddress) {
    }

    private final long periodNanos;
    private final LongSupplier nanoTime;
    private final Consumer<String> counter;
    private final Map<String, Pending> pending = new TreeMap<>();
    private long lastLoggedNanos;

    /** @param counter counts one refusal by its reason (the metric) */
    RefusedSockets(Duration period, LongSupplier nanoTime, Consumer<String> counter) {
        this.periodNanos = period.toNanos();
        this.nanoTime = nanoTime;
        this.counter = counter;
        this.lastLoggedNanos = nanoTime.getAsLong() - periodNanos;
    }

    void refused(String reason, String address) {
        counter.accept(reason);
        synchronized (this) {
            pending.merge(reason, new Pending(1, address),
                    (before, now) -> new Pending(before.count + 1, now.lastAddress));
        }
        flush();
    }

    /** Logs what was refused since the last line, unless that line is less than a period old. */
    void flush() {
        String summary;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            if (pending.isEmpty() || now - lastLoggedNanos < periodNanos) {
                return;
            }
            lastLoggedNanos = now;
            summary = pending.entrySet().stream()
                    .map(entry -> entry.getValue().count + " " + entry.getKey() + " (the last from "
                            + entry.getValue().lastAddress + ")")
                    .collect(Collectors.joining(", "));
            pending.clear();
        }
        LOG.warning(() -> "refused sockets: " + summary);
    }
}
