package dev.deskrelay.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.deskrelay.bench.measure.Measurements;
import dev.deskrelay.bench.wire.Incoming;
import dev.deskrelay.bench.wire.SampleMaker;
import dev.deskrelay.bench.wire.ViewerMessages;

/** What a viewer says and watches on each socket; frames are fed to it directly, no socket is opened. */
class SimulatedViewerTest {

    static final String PAIRED = "{\"type\":\"paired\",\"token\":\"v-a.b\",\"device\":{\"id\":\"d-1\",\"name\":\"n\","
            + "\"online\":true,\"lastSeen\":1}}";
    static final String AUTHENTICATED = "{\"type\":\"authenticated\",\"devices\":[{\"id\":\"d-1\",\"name\":\"n\","
            + "\"online\":true,\"lastSeen\":1}]}";

    private final Measurements measurements = new Measurements();
    private final SimulatedAgent agent = new SimulatedAgent(measurements, 7, true, 0, Redial.off());
    private final SimulatedViewer viewer = new SimulatedViewer(measurements, agent, true, Redial.off());

    SimulatedViewerTest() {
        agent.received(SimulatedAgentTest.ENROLLED);
        agent.received(SimulatedAgentTest.CODE);
    }

    @Test
    void pairsFirstAndAuthenticatesWithItsTokenEverAfter() {
        assertEquals(new ViewerMessages.Pair("K7MQ-3XPA").json(), viewer.hello());
        assertFalse(viewer.canResume(), "without a token there is nothing to come back with");
        viewer.received(PAIRED);
        assertTrue(viewer.isReady());
        assertTrue(viewer.canResume());
        viewer.lost();
        assertEquals(new ViewerMessages.Authenticate("v-a.b").json(), viewer.hello());
        viewer.received(AUTHENTICATED);
        assertEquals(Map.of(), measurements.errors.snapshot());
    }

    @Test
    void watchesFromEachAnswerToTheSocketsEnd() {
        viewer.received(PAIRED);
        assertTrue(viewer.watch().watching());
        viewer.lost();
        assertFalse(viewer.watch().watching());
        viewer.received(AUTHENTICATED);
        assertTrue(viewer.watch().watching());
    }

    @Test
    void telemetryOnANewSocketBeforeItsAnswerIsAnError() {
        viewer.received(PAIRED);
        viewer.lost();
        viewer.received(telemetry(SimulatedAgentTest.tick()));
        assertEquals(Map.of("telemetry before paired: viewer", 1L), measurements.errors.snapshot());
    }

    @Test
    void authenticatedWithOtherDevicesIsAnError() {
        viewer.received(PAIRED);
        viewer.lost();
        viewer.received(AUTHENTICATED.replace("d-1", "d-2"));
        assertEquals(Map.of("authenticated with other devices: viewer", 1L), measurements.errors.snapshot());
    }

    private static String telemetry(long stamp) {
        String sample = Incoming.object(new SampleMaker(7, 1).next(stamp).json()).getJsonObject("sample").toString();
        return "{\"type\":\"telemetry\",\"deviceId\":\"d-1\",\"at\":1795586401000,\"sample\":" + sample + "}";
    }
}
