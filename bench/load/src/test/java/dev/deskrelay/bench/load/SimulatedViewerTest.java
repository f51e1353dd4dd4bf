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

    static final String TOKEN = "t-a8c3e5g7j9k2m4n6.secret";
    static final String PAIRED = "{\"type\":\"paired\",\"device\":{\"id\":\"d-1\",\"name\":\"n\","
            + "\"online\":true,\"lastSeen\":1,\"role\":\"owner\"}}";
    static final String AUTHENTICATED = "{\"type\":\"authenticated\",\"devices\":[{\"id\":\"d-1\",\"name\":\"n\","
            + "\"online\":true,\"lastSeen\":1,\"role\":\"owner\"}]}";
    /** A new account holds nothing until it pairs. */
    static final String AUTHENTICATED_EMPTY = "{\"type\":\"authenticated\",\"devices\":[]}";

    private final Measurements measurements = new Measurements();
    private final SimulatedAgent agent = new SimulatedAgent(measurements, 7, true, 0, Redial.off());
    private final SimulatedViewer viewer = new SimulatedViewer(measurements, agent, true, TOKEN, Redial.off());

    SimulatedViewerTest() {
        agent.received(SimulatedAgentTest.ENROLLED);
        agent.received(SimulatedAgentTest.CODE);
    }

    @Test
    void authenticatesWithItsTokenOnEverySocketAndComesBackOnlyOncePaired() {
        assertEquals(new ViewerMessages.Authenticate(TOKEN).json(), viewer.hello());
        viewer.received(AUTHENTICATED_EMPTY);
        assertFalse(viewer.isReady(), "an account holding nothing has its device still to pair");
        assertFalse(viewer.canResume(), "before paired there is nothing to come back to");
        viewer.received(PAIRED);
        assertTrue(viewer.isReady());
        assertTrue(viewer.canResume());
        viewer.lost();
        assertEquals(new ViewerMessages.Authenticate(TOKEN).json(), viewer.hello());
        viewer.received(AUTHENTICATED);
        assertEquals(Map.of(), measurements.errors.snapshot());
    }

    @Test
    void anAccountThatLostItsDeviceIsAnError() {
        viewer.received(PAIRED);
        viewer.lost();
        viewer.received(AUTHENTICATED_EMPTY);
        assertEquals(Map.of("authenticated with other devices: viewer", 1L), measurements.errors.snapshot());
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
