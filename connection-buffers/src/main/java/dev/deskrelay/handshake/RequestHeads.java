package dev.deskrelay.handshake;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The connections whose first request head has not arrived whole yet, each with its deadline. A
 * head is whole at its blank line, which may come split over many reads; a CR is ignored, as
 * lenient HTTP parsers (Grizzly's among them) take a bare LF for a line break.
 *
 * @param <C> the connection
 */
final class RequestHeads<C> {

    private final long deadlineNanos;
    private final LongSupplier nanoTime;
    private final Map<C, Head> waiting = new ConcurrentHashMap<>();

    RequestHeads(Duration deadline, LongSupplier nanoTime) {
        this.deadlineNanos = deadline.toNanos();
        this.nanoTime = nanoTime;
    }

    /** A connection opened: its request head is due within the deadline from now. */
    void opened(C connection) {
        waiting.put(connection, new Head(nanoTime.getAsLong() + deadlineNanos));
    }

    /** Whether the connection's head is still awaited: only then do its bytes need looking at. */
    boolean watching(C connection) {
        return waiting.containsKey(connection);
    }

    /** Bytes arrived on a connection; once its head is whole it is no longer watched. */
    void received(C connection, Bytes bytes) {
        Head head = waiting.get(connection);
        if (head != null && head.complete(bytes)) {
            waiting.remove(connection);
        }
    }

    void closed(C connection) {
        waiting.remove(connection);
    }

    /** The connections past their deadline, no longer watched: the caller closes them. */
    List<C> overdue() {
        long now = nanoTime.getAsLong();
        List<C> late = waiting.entrySet().stream().filter(entry -> now - entry.getValue().dueNanos >= 0)
                .map(Map.Entry::getKey).toList();
        late.forEach(waiting::remove);
        return late;
    }

    /** A read's bytes, without copying them out of Grizzly's buffer. */
    interface Bytes {
        int size();

        byte at(int index);
    }

    private static final class Head {
        final long dueNanos;
        /** Whether the bytes so far end with a line break: the blank line may be split across reads. */
        boolean afterLineBreak;

        Head(long dueNanos) {
            this.dueNanos = dueNanos;
        }

        synchronized boolean complete(Bytes bytes) {
            for (int i = 0; i < bytes.size(); i++) {
                byte b = bytes.at(i);
                if (b == '\n') {
                    if (afterLineBreak) {
                        return true;
                    }
                    afterLineBreak = true;
                } else if (b != '\r') {
                    afterLineBreak = false;
                }
            }
            return false;
        }
    }
}
