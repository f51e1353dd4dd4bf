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
 * box then refuses everything and says so, and the owner closes the socket. What waits here and
 * what is on the wire counts against the relay-wide {@link ReaderBudget}, which may evict the box
 * the same way when the relay holds too much for slow readers.
 *
 * <p>While paused (an endpoint is answering), routed messages wait aside and join the queue
 * after the answer, so nothing overtakes it; the answer itself is queued with {@link #addAnswer}.
 */
public final class Outbox implements ReaderBudget.Reader {

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
    private final Runnable tooSlow;
    private final ReaderBudget.Account account;
    private final ArrayDeque<Entry> queue = new ArrayDeque<>();
    private final Map<String, Entry> waitingByKey = new HashMap<>();
    private final List<Entry> aside = new ArrayList<>();
    private boolean paused;
    private boolean inFlight;
    private boolean overflowed;
    private volatile long inFlightSince = Long.MAX_VALUE;

    /** @param tooSlow closes the socket, off the sender's thread: the box overflowed or was evicted */
    Outbox(Wire wire, Events events, int limit, ReaderBudget budget, Runnable tooSlow) {
        this.wire = wire;
        this.events = events;
        this.limit = limit;
        this.tooSlow = tooSlow;
        this.account = budget.open(this);
    }

    void add(String text) {
        offer(new Entry(null, text, null), false);
    }

    /** Latest-value-wins: replaces a waiting message with the same key. */
    void addLatest(String key, String text) {
        offer(new Entry(key, text, null), false);
    }

    /** An endpoint's answer: never held back by {@link #pause()}, never refused for room. */
    void addAnswer(String text, Runnable afterSent) {
        offer(new Entry(null, text, afterSent), true);
    }

    /**
     * Runs {@code step} once everything queued before it is written. A box that gave up runs
     * nothing more: it has its socket closed already.
     */
    void afterQueued(Runnable step) {
        offer(new Entry(null, null, step), true);
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

    /** The socket is closed: nothing it held counts any more. */
    void closed() {
        account.close();
    }

    @Override
    public long stalledSince() {
        return inFlightSince;
    }

    @Override
    public void evict() {
        synchronized (this) {
            if (overflowed) {
                return;
            }
            letGo();
        }
        gaveUp();
    }

    private void offer(Entry entry, boolean answer) {
        long change;
        boolean full = false;
        synchronized (this) {
            if (overflowed) {
                return;
            }
            Entry waiting = entry.key == null ? null : waitingByKey.get(entry.key);
            if (waiting != null) {
                change = entry.length() - waiting.length();
                waiting.text = entry.text;
                events.coalesced();
            } else if (!answer && waiting() >= limit) {
                if (entry.key != null) {
                    events.dropped();
                    return;
                }
                letGo();
                full = true;
                change = 0;
            } else {
                if (entry.key != null) {
                    waitingByKey.put(entry.key, entry);
                }
                (paused && !answer ? aside : queue).add(entry);
                change = entry.length();
            }
        }
        if (full) {
            account.close();
            gaveUp();
            return;
        }
        // outside the lock: the budget may evict other boxes, which take their own
        account.change(change);
        pump();
    }

    private void gaveUp() {
        events.overflowed();
        tooSlow.run();
    }

    private void letGo() {
        overflowed = true;
        queue.clear();
        aside.clear();
        waitingByKey.clear();
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
            inFlightSince = System.nanoTime();
        }
        if (next.text == null) {
            sent(next, 0);
        } else {
            wire.send(next.text, () -> sent(next, next.length()));
        }
    }

    private void sent(Entry entry, int length) {
        synchronized (this) {
            inFlight = false;
            inFlightSince = Long.MAX_VALUE;
            if (overflowed) {
                return;
            }
        }
        account.change(-length);
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

        int length() {
            return text == null ? 0 : text.length();
        }
    }
}
