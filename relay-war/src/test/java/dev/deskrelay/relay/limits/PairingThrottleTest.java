package dev.deskrelay.relay.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.ProtocolViolation;

class PairingThrottleTest {

    private final AtomicLong now = new AtomicLong();
    private final PairingThrottle throttle = new PairingThrottle(3, 5, Duration.ofMinutes(10), now::get);

    private void guessWrong(String address) {
        assertThrows(ProtocolViolation.class, () -> throttle.attempt(address, () -> {
            throw new ProtocolViolation(ErrorCode.BAD_CODE, "no such code");
        }));
    }

    private ProtocolViolation refusal(String address) {
        return assertThrows(ProtocolViolation.class, () -> throttle.attempt(address, () -> "d-1"));
    }

    @Test
    void anAddressThatGuessesWrongTooOftenIsToldWhenToRetry() {
        for (int i = 0; i < 3; i++) {
            guessWrong("10.0.0.1");
        }
        now.addAndGet(TimeUnit.MINUTES.toNanos(4));
        ProtocolViolation refused = refusal("10.0.0.1");
        assertEquals(ErrorCode.TOO_MANY_ATTEMPTS, refused.code());
        assertEquals(361, refused.retryAfterSeconds(), "six minutes until the first failure leaves the window");
        assertEquals("d-1", throttle.attempt("10.0.0.2", () -> "d-1"), "another address still pairs");

        now.addAndGet(TimeUnit.MINUTES.toNanos(6));
        assertEquals("d-1", throttle.attempt("10.0.0.1", () -> "d-1"), "the window moved on");
    }

    @Test
    void rightCodesAndOtherErrorsCostNothing() {
        for (int i = 0; i < 10; i++) {
            assertEquals("d-1", throttle.attempt("10.0.0.1", () -> "d-1"));
            assertThrows(ProtocolViolation.class, () -> throttle.attempt("10.0.0.1", () -> {
                throw new ProtocolViolation(ErrorCode.BAD_MESSAGE, "not a code at all");
            }));
        }
        assertEquals("d-1", throttle.attempt("10.0.0.1", () -> "d-1"));
    }

    @Test
    void guessesSpreadOverManyAddressesHitTheRelayWideBudget() {
        for (int i = 0; i < 5; i++) {
            guessWrong("10.0.0." + i);
        }
        assertEquals(ErrorCode.TOO_MANY_ATTEMPTS, refusal("10.0.0.99").code());
    }
}
