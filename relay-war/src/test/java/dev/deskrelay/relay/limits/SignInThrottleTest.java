package dev.deskrelay.relay.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final AtomicLong now = new AtomicLong();
    private final SignInThrottle throttle = new SignInThrottle(5, 20, Duration.ofMinutes(15), now::get);

    private void fail(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertEquals(0, throttle.secondsToWait(account, address), "try " + (i + 1) + " may be made");
            throttle.failed(account, address);
        }
    }

    @Test
    void fiveWrongPasswordsForOneAccountMakeTheSixthWaitForTheBucketToRefill() {
        fail("alice", "10.0.0.1", 5);
        // one failure's worth refills in 15 min / 5 = 180 s
        assertEquals(181, throttle.secondsToWait("alice", "10.0.0.1"));
        assertEquals(181, throttle.secondsToWait("Alice ", "10.0.0.2"), "the account is throttled from anywhere, in any case");
        assertEquals(0, throttle.secondsToWait("bob", "10.0.0.1"), "another account from the same address is not");
        now.addAndGet(TimeUnit.SECONDS.toNanos(180));
        assertEquals(0, throttle.secondsToWait("alice", "10.0.0.1"), "one more try after three minutes");
        throttle.failed("alice", "10.0.0.1");
        assertEquals(181, throttle.secondsToWait("alice", "10.0.0.1"), "and only one");
    }

    @Test
    void twentyWrongPasswordsFromOneAddressStopItTryingAnyAccount() {
        for (int i = 0; i < 20; i++) {
            fail("user" + i, "10.0.0.1", 1);
        }
        assertEquals(46, throttle.secondsToWait("someone-else", "10.0.0.1"), "15 min / 20 = 45 s per try");
        assertEquals(0, throttle.secondsToWait("someone-else", "10.0.0.2"));
    }

    @Test
    void aTryNamingNoAccountCountsOnlyAgainstItsAddress() {
        fail(null, "10.0.0.1", 20);
        assertEquals(46, throttle.secondsToWait(null, "10.0.0.1"));
        assertEquals(0, throttle.secondsToWait("alice", "10.0.0.2"));
    }

    @Test
    void aFullyRefilledBucketIsForgotten() {
        fail("alice", "10.0.0.1", 5);
        now.addAndGet(TimeUnit.MINUTES.toNanos(15));
        fail("bob", "10.0.0.2", 1);
        fail("alice", "10.0.0.1", 5);
        assertEquals(181, throttle.secondsToWait("alice", "10.0.0.1"), "a fresh bucket holds the full five again");
    }
}
