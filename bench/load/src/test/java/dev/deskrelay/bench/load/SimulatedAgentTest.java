package dev.deskrelay.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.deskrelay.bench.measure.BenchClock;
import dev.deskrelay.bench.measure.Count;
import dev.deskrelay.bench.measure.Measurements;
import dev.deskrelay.bench.measure.Watch;
import dev.deskrelay.bench.wire.AgentMessages;

/** What an agent says and owes on each socket; frames are fed to it directly, no socket is opened. */
class SimulatedAgentTest {

    static final String ENROLLED = "{\"type\":\"enrolled\",\"deviceId\":\"d-1\",\"secret\":\"s3cret\",\"name\":\"bench-agent-7\"}";
    static final String CODE = "{\"type\":\"pairing_code\",\"code\":\"K7MQ-3XPA\",\"expiresAt\":1795587000000}";
    static final String AUTHENTICATED = "{\"type\":\"authenticated\",\"deviceId\":\"d-1\",\"name\":\"bench-agent-7\"}";

    private final Measurements measurements = new Measurements();
    private final SimulatedAgent agent = new SimulatedAgent(measurements, 7, true, 0, Redial.off());

    @Test
    void enrollsFirstAndAuthenticatesWithItsCredentialEverAfter() {
        assertEquals(new AgentMessages.Enroll("bench-agent-7").json(), agent.hello());
        agent.received(ENROLLED);
        agent.received(CODE);
        assertTrue(agent.isReady());
        assertEquals("K7MQ-3XPA", agent.pairingCode());
        agent.lost();
        assertEquals(new AgentMessages.Authenticate("d-1", "s3cret").json(), agent.hello());
        agent.received(AUTHENTICATED);
        assertEquals(Map.of(), measurements.errors.snapshot());
    }

    @Test
    void oneDroppedBeforeEnrolledEnrollsAgain() {
        agent.lost();
        assertEquals(new AgentMessages.Enroll("bench-agent-7").json(), agent.hello());
    }

    @Test
    void oneDroppedBeforeItsCodeIsReadyOnlyOnceItHasOne() {
        agent.received(ENROLLED);
        agent.lost();
        agent.received(AUTHENTICATED);
        assertFalse(agent.isReady(), "authenticated, but no code for a viewer to type yet");
        agent.received(CODE);
        assertTrue(agent.isReady());
    }

    @Test
    void authenticatedAsAnotherDeviceIsAnError() {
        agent.received(ENROLLED);
        agent.received(CODE);
        agent.received(AUTHENTICATED.replace("d-1", "d-2"));
        assertEquals(Map.of("authenticated as another device: agent", 1L), measurements.errors.snapshot());
    }

    @Test
    void whatItStampsWhileAwayIsOwedToNobody() {
        agent.received(ENROLLED);
        agent.received(CODE);
        var watch = new Watch();
        watch.start(tick());
        agent.log().next(tick());
        tick();
        agent.lost();
        agent.log().next(tick());
        tick();
        agent.received(AUTHENTICATED);
        agent.log().next(tick());
        assertEquals(2, watch.owed(agent.log()), "the samples before the drop and after authenticated, not the one between");
    }

    @Test
    void aSlowAgentAnswersOnlyWhenItsDelayIsOver() {
        var later = new ArrayList<Runnable>();
        var slow = new SimulatedAgent(measurements, 7, false, 0, Redial.off(), later::add);
        slow.received(ENROLLED);
        slow.received(CODE);
        slow.received("{\"type\":\"action\",\"id\":\"r-1\",\"deviceId\":\"d-1\",\"action\":\"beep\"}");
        assertEquals(1, measurements.get(Count.ACTIONS_AT_AGENTS));
        assertEquals(1, later.size(), "the answer waits for its delay");
        later.get(0).run();
        assertEquals(Map.of(), measurements.errors.snapshot());
    }

    /** The clock's next microsecond: each step of a test happens strictly after the one before. */
    static long tick() {
        long before = BenchClock.micros();
        while (BenchClock.micros() <= before) {
            Thread.onSpinWait();
        }
        return BenchClock.micros();
    }
}
