package dev.deskrelay.relay.limits;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows down anyone guessing passwords: failures are counted per account (the user name as
 * typed, so a name that does not exist is throttled like one that does and tells nothing) and
 * per client address, each in a token bucket that holds {@code budget} failures and refills over
 * the window. Asked before the password is checked, so a throttled guess costs no PBKDF2 and is
 * never compared; a right password costs nothing.
 */
public final class SignInThrottle {

    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final LongSupplier nanoTime;
    private final Map<String, TokenBucket> byAccount = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> byAddress = new ConcurrentHashMap<>();

    public SignInThrottle(int perAccount, int perAddress, Duration window, LongSupplier nanoTime) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
        this.nanoTime = nanoTime;
    }

    /**
     * @param account the user name as typed, or null for a try that names none (a setup code)
     * @return whole seconds until a try counts again; 0 when one may be made now
     */
    public long secondsToWait(String account, String address) {
        long nanos = Math.max(wait(byAddress, address), account == null ? 0 : wait(byAccount, key(account)));
        return nanos == 0 ? 0 : Math.max(1, Duration.ofNanos(nanos).toSeconds() + 1);
    }

    /** A wrong password (or setup code) from {@code address}, for {@code account} unless null. */
    public void failed(String account, String address) {
        spend(byAddress, address, perAddress);
        if (account != null) {
            spend(byAccount, key(account), perAccount);
        }
        byAddress.values().removeIf(TokenBucket::full);
        byAccount.values().removeIf(TokenBucket::full);
    }

    private void spend(Map<String, TokenBucket> buckets, String key, int budget) {
        buckets.computeIfAbsent(key, any -> new TokenBucket(budget / (double) window.toSeconds(), budget, nanoTime))
                .take();
    }

    private static long wait(Map<String, TokenBucket> buckets, String key) {
        TokenBucket bucket = buckets.get(key);
        return bucket == null ? 0 : bucket.nanosUntilToken();
    }

    private static String key(String account) {
        return account.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
