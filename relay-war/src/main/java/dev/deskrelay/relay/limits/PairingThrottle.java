package dev.deskrelay.relay.limits;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.ProtocolViolation;

/**
 * Slows down anyone guessing pairing codes. A wrong guess names no code, so failures are counted
 * per client address and across the whole relay, each in a sliding window: past either budget,
 * pairing is refused with {@code too_many_attempts} and the seconds until the oldest failure in
 * the window expires. Typing a right code costs nothing.
 */
public final class PairingThrottle {

    private final int perAddress;
    private final int relayWide;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Deque<Long>> failuresByAddress = new ConcurrentHashMap<>();
    private final Deque<Long> allFailures = new ArrayDeque<>();

    public PairingThrottle(int perAddress, int relayWide, Duration window, LongSupplier nanoTime) {
        this.perAddress = perAddress;
        this.relayWide = relayWide;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * Runs a pairing attempt from {@code address} unless the address or the relay is over budget.
     *
     * @throws ProtocolViolation {@code too_many_attempts}, or whatever the attempt threw
     */
    public <T> T attempt(String address, Supplier<T> pairing) {
        refuseIfOver(address);
        try {
            return pairing.get();
        } catch (ProtocolViolation wrong) {
            if (wrong.code() == ErrorCode.BAD_CODE || wrong.code() == ErrorCode.CODE_EXPIRED) {
                record(address);
            }
            throw wrong;
        }
    }

    private void refuseIfOver(String address) {
        long now = nanoTime.getAsLong();
        Long oldest = null;
        Deque<Long> mine = failuresByAddress.get(address);
        if (mine != null) {
            synchronized (mine) {
                oldest = oldestIfFull(mine, perAddress, now);
            }
        }
        if (oldest == null) {
            synchronized (allFailures) {
                oldest = oldestIfFull(allFailures, relayWide, now);
            }
        }
        if (oldest != null) {
            long waitSeconds = Math.max(1, Duration.ofNanos(oldest + windowNanos - now).toSeconds() + 1);
            throw new ProtocolViolation(ErrorCode.TOO_MANY_ATTEMPTS,
                    "too many wrong pairing codes: try again in " + waitSeconds + " s", waitSeconds);
        }
    }

    private void record(String address) {
        long now = nanoTime.getAsLong();
        Deque<Long> mine = failuresByAddress.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (mine) {
            mine.addLast(now);
            forgetExpired(mine, now);
        }
        synchronized (allFailures) {
            allFailures.addLast(now);
            forgetExpired(allFailures, now);
        }
        failuresByAddress.values().removeIf(failures -> {
            synchronized (failures) {
                forgetExpired(failures, now);
                return failures.isEmpty();
            }
        });
    }

    /** @return the oldest failure in the window when the window holds {@code budget} of them */
    private Long oldestIfFull(Deque<Long> failures, int budget, long now) {
        forgetExpired(failures, now);
        return failures.size() >= budget ? failures.peekFirst() : null;
    }

    private void forgetExpired(Deque<Long> failures, long now) {
        while (!failures.isEmpty() && now - failures.peekFirst() >= windowNanos) {
            failures.pollFirst();
        }
    }
}
