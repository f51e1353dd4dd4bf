package dev.deskrelay.bench.measure;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests waiting for their one answer, by id: ids are unique per socket ({@code prefix} and a
 * counter), an answer takes its request away, so a second answer for the same id finds nothing
 * and is caught.
 */
public final class PendingReplies {

    /** When a request was sent, and whether it was sent while the load was held (and so is timed). */
    public record Sent(long micros, boolean timed) {
    }

    private final String prefix;
    private final AtomicLong next = new AtomicLong();
    private final ConcurrentHashMap<String, Sent> waiting = new ConcurrentHashMap<>();

    public PendingReplies(String prefix) {
        this.prefix = prefix;
    }

    /** A fresh id, now waiting for its answer. */
    public String open(long micros, boolean timed) {
        String id = prefix + next.incrementAndGet();
        waiting.put(id, new Sent(micros, timed));
        return id;
    }

    /** @return the request answered, or null if no request with that id was waiting */
    public Sent answer(String id) {
        return waiting.remove(id);
    }

    /** A request that could not be sent waits for nothing. */
    public void withdraw(String id) {
        waiting.remove(id);
    }

    /**
     * The socket they were sent on is gone: their answers went to it, if anywhere, and a client
     * on a new socket does not send them again. Returns how many were waiting.
     */
    public int abandonAll() {
        int abandoned = 0;
        for (String id : waiting.keySet()) {
            if (waiting.remove(id) != null) {
                abandoned++;
            }
        }
        return abandoned;
    }

    public int waiting() {
        return waiting.size();
    }
}
