package dev.deskrelay.relay.connection;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the relay holds for readers that have yet to take it, across all sockets, and its bound.
 * Each socket's bound alone does not bound the whole: enough sockets that stop reading would
 * still exhaust the heap. Past the bound the readers stalled longest are evicted first (their
 * oldest unfinished send is the oldest), until the total is back under the bound, so readers
 * that keep up are the last to go.
 */
public final class ReaderBudget {

    /** A socket's queue as the budget sees it. */
    public interface Reader {
        /** When its oldest unfinished send started ({@link System#nanoTime()}); {@link Long#MAX_VALUE} if none. */
        long stalledSince();

        /** Lets go of everything held and closes the socket; called at most once, on the sender's thread. */
        void evict();
    }

    private final long limit;
    private final AtomicLong total = new AtomicLong();
    private final Set<Account> accounts = ConcurrentHashMap.newKeySet();

    public ReaderBudget(long limitBytes) {
        if (limitBytes <= 0) {
            throw new IllegalArgumentException("the bound on bytes held for readers must be positive: " + limitBytes);
        }
        this.limit = limitBytes;
    }

    public Account open(Reader reader) {
        var account = new Account(reader);
        accounts.add(account);
        return account;
    }

    public long total() {
        return total.get();
    }

    private void evictSlowest() {
        // one eviction pass at a time; a sender arriving meanwhile finds the total already lowered
        synchronized (this) {
            if (total.get() <= limit) {
                return;
            }
            List<Account> slowestFirst = accounts.stream()
                    .filter(account -> account.held() > 0)
                    .sorted(Comparator.comparingLong(account -> account.reader.stalledSince()))
                    .toList();
            for (Account account : slowestFirst) {
                if (total.get() <= limit) {
                    return;
                }
                if (account.close()) {
                    account.reader.evict();
                }
            }
        }
    }

    /** One reader's share. Once closed, it counts nothing more, so a late change can't skew the total. */
    public final class Account {
        private final Reader reader;
        private long held;
        private boolean closed;

        private Account(Reader reader) {
            this.reader = reader;
        }

        /** More held (positive) or let go (negative), in bytes; the sender may find the bound reached here. */
        public void change(long bytes) {
            synchronized (this) {
                if (closed) {
                    return;
                }
                held += bytes;
            }
            if (total.addAndGet(bytes) > limit && bytes > 0) {
                evictSlowest();
            }
        }

        /** @return false if it was closed already */
        public boolean close() {
            long released;
            synchronized (this) {
                if (closed) {
                    return false;
                }
                closed = true;
                released = held;
                held = 0;
            }
            accounts.remove(this);
            total.addAndGet(-released);
            return true;
        }

        synchronized long held() {
            return held;
        }
    }
}
