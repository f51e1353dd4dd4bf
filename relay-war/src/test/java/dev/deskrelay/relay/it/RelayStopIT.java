package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.Parties.beep;
import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.pairViewer;
import static dev.deskrelay.relay.it.Parties.telemetry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.json.JsonObject;

/** How the relay ends: a stop the clients can tell from a crash, and what a crash leaves behind. */
class RelayStopIT {

    private static final int GOING_AWAY = 1001;

    @Test
    void aStopAnswersPendingActionsAndClosesEverySocketWith1001(@TempDir Path data) {
        try (var relay = RelayProcess.start(data)) {
            var agent = enrollAgent(relay.base(), "stopping");
            var viewer = pairViewer(relay.base(), agent.pairingCode()).socket();
            viewer.send(beep("in-flight", agent.deviceId()));
            agent.socket().nextOf("action");

            relay.stop();

            JsonObject result = viewer.nextOf("action_result");
            assertEquals("in-flight", result.getString("id"));
            assertEquals("relay_stopping", result.getString("code"));
            assertEquals(GOING_AWAY, viewer.awaitClose(RelayClient.WAIT).getCloseCode().getCode());
            assertEquals(GOING_AWAY, agent.socket().awaitClose(RelayClient.WAIT).getCloseCode().getCode());
        }
    }

    @Test
    void afterACrashAnOfflineDeviceShowsWhenTheRelayLastHeardFromIt(@TempDir Path data) throws InterruptedException {
        try (var relay = RelayProcess.start(data, List.of("-Xmx512m", "-Ddeskrelay.last-seen-write-seconds=1"))) {
            var agent = enrollAgent(relay.base(), "long-running");
            long connectedAt = System.currentTimeMillis();
            String token = pairViewer(relay.base(), agent.pairingCode()).token();
            for (int i = 0; i < 5; i++) {
                agent.socket().send(telemetry(i));
                Thread.sleep(1000);
            }
            long killedAt = System.currentTimeMillis();
            relay.kill();
            agent.socket().close();

            relay.start();
            var viewer = RelayClient.connect(relay.base(), "viewer")
                    .send("{\"type\":\"authenticate\",\"token\":\"" + token + "\"}");
            JsonObject device = viewer.next("authenticated").getJsonArray("devices").getJsonObject(0);
            assertFalse(device.getBoolean("online"));
            long lastSeen = device.getJsonNumber("lastSeen").longValue();
            assertTrue(lastSeen >= killedAt - 2500, "lastSeen is within the write period (1 s) of the crash, not the"
                    + " connection: " + (killedAt - lastSeen) + " ms before the crash, "
                    + (lastSeen - connectedAt) + " ms after connecting");
            assertTrue(lastSeen <= killedAt, "and not later than the crash");
            viewer.close();
        }
    }
}
