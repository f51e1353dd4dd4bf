package dev.deskrelay.relay.connection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one socket has yet to receive, in order and bounded. One message is on the wire at a
 * time; the rest wait here, at most {@code limit} of them. A message sent with a key (a device's
 * telemetry) replaces the one with the same key still waiting, so a slow reader gets the latest
 * value instead of a backlog, and one that finds the box full is dropped: newer ones follow.
 * Any other message that finds the box full means the reader has fallen hopelessly behind; the
 * box then refuses everything and says so, and the owner closes the socket.
 *
 * <p>While paused (an endpoint is answering), routed messages wait aside and join the queue
 * after the answer, so nothing overtakes it; the answer itself is queued with {@link #addAnswer}.
 */
public final class Outbox {

    /** The socket's asynchronous send; {@code done} runs when the text is written or failed. */
    interface Wire {
        void send(String text, Runnable done);
    }

    /** What the box had to do to stay bounded, for the metrics. */
    public interface Events {
        void coalesced();

        void dropped();

        void overflowed();
    }

    private final Wire wire;
    private final Events events;
    private final int limit;
    private final ArrayDeque<Entry> queue = new ArrayDeque<>();
    private final Map<String, Entry> waitingByKey = new HashMap<>();
    private final List<Entry> aside = new ArrayList<>();
    private boolean paused;
    private boolean inFlight;
    private boolean overflowed;

    Outbox(Wire wire, Events events, int limit) {
        this.wire = wire;
        this.events = events;
        this.limit = limit;
    }

    /** @return false when the box overflowed: the reader is too slow to keep */
    boolean add(String text) {
        return offer(new Entry(null, text, null), false);
    }

    /** Latest-value-wins: replaces a waiting message with the same key. */
    boolean addLatest(String key, String text) {
        return offer(new Entry(key, text, null), false);
    }

    /** An endpoint's answer: never held back by {@link #pause()}, never refused for room. */
    void addAnswer(String text, Runnable afterSent) {
        offer(new Entry(null, text, afterSent), true);
    }

    synchronized void pause() {
        paused = true;
    }

    void resume() {
        synchronized (this) {
            paused = false;
            aside.forEach(queue::add);
            aside.clear();
        }
        pump();
    }

    synchronized int waiting() {
        return queue.size() + aside.size();
    }

    private boolean offer(Entry entry, boolean answer) {
        synchronized (this) {
            if (overflowed) {
                return false;
            }
            if (entry.key != null) {
                Entry waiting = waitingByKey.get(entry.key);
                if (waiting != null) {
                    waiting.text = entry.text;
                    events.coalesced();
                    return true;
                }
            }
            if (!answer && waiting() >= limit) {
                if (entry.key != null) {
                    events.dropped();
                    return true;
                }
                overflowed = true;
                queue.clear();
                aside.clear();
                waitingByKey.clear();
                events.overflowed();
                return false;
            }
            if (entry.key != null) {
                waitingByKey.put(entry.key, entry);
            }
            (paused && !answer ? aside : queue).add(entry);
        }
        pump();
        return true;
    }

    private void pump() {
        Entry next;
        synchronized (this) {
            if (inFlight || queue.isEmpty()) {
                return;
            }
            next = queue.poll();
            if (next.key != null) {
                waitingByKey.remove(next.key);
            }
            inFlight = true;
        }
        wire.send(next.text, () -> sent(next));
    }

    private void sent(Entry entry) {
        synchronized (this) {
            inFlight = false;
        }
        if (entry.afterSent != null) {
            entry.afterSent.run();
        }
        pump();
    }

    private static final class Entry {
        final String key;
        final Runnable afterSent;
        String text;

        Entry(String key, String text, Runnable afterSent) {
            this.key = key;
            this.text = text;
            this.afterSent = afterSent;
        }
    }
}
