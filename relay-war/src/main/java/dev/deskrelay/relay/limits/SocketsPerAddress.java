package dev.deskrelay.relay.limits;

import java.util.concurrent.ConcurrentHashMap;

/** Counts the open sockets of each client address, and refuses one more than the cap. */
public final class SocketsPerAddress {

    private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();
    private final int cap;

    public SocketsPerAddress(int cap) {
        this.cap = cap;
    }

    /** @return false, counting nothing, when the address has {@code cap} sockets open already */
    public boolean tryOpen(String address) {
        boolean[] admitted = new boolean[1];
        open.compute(address, (key, count) -> {
            int now = count == null ? 0 : count;
            admitted[0] = now < cap;
            return admitted[0] ? now + 1 : now;
        });
        return admitted[0];
    }

    public void closed(String address) {
        open.computeIfPresent(address, (key, count) -> count > 1 ? count - 1 : null);
    }

    int open(String address) {
        return open.getOrDefault(address, 0);
    }
}
