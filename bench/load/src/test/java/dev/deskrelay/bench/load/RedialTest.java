package dev.deskrelay.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.deskrelay.bench.measure.Count;
import dev.deskrelay.bench.measure.Measurements;

class RedialTest {

    private final Clockwork clockwork = new Clockwork();
    private final Measurements measurements = new Measurements();
    private final Redial redial = Redial.on(clockwork, measurements, Redial.Kind.AGENT);

    @AfterEach
    void stopClock() {
        clockwork.close();
    }

    @Test
    void aDroppedClientComesBackUnlessTheRelayRefusedItForGood() {
        for (int code : new int[] {1000, 1001, 1006, 4002, 4008, 4010, 4029, 4030}) {
            assertTrue(redial.wanted(code), "after " + code);
        }
        for (int code : new int[] {4001, 4003, 4004, 4009}) {
            assertFalse(redial.wanted(code), "after " + code);
        }
    }

    @Test
    void countsEachAttemptAsItStartsAndEachSuccess() throws InterruptedException {
        var dialled = new CountDownLatch(1);
        redial.after(Duration.ZERO, dialled::countDown);
        assertTrue(dialled.await(5, TimeUnit.SECONDS));
        redial.succeeded();
        assertEquals(1, measurements.get(Count.AGENT_RECONNECTS_ATTEMPTED));
        assertEquals(1, measurements.get(Count.AGENT_RECONNECTS_SUCCEEDED));
        assertEquals(0, measurements.get(Count.VIEWER_RECONNECTS_ATTEMPTED));
    }

    @Test
    void afterTheStopNothingIsDialledNotEvenWhatWasWaiting() throws InterruptedException {
        var dialled = new CountDownLatch(1);
        redial.after(Duration.ofMillis(50), dialled::countDown);
        redial.stop();
        assertFalse(redial.wanted(1006));
        assertFalse(dialled.await(300, TimeUnit.MILLISECONDS));
        assertEquals(0, measurements.get(Count.AGENT_RECONNECTS_ATTEMPTED));
    }

    @Test
    void offNeverWantsAClientBack() {
        assertFalse(Redial.off().wanted(1006));
    }
}
