package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.Parties.authenticateAgent;
import static dev.deskrelay.relay.it.Parties.authenticateViewer;
import static dev.deskrelay.relay.it.Parties.beep;
import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.pair;
import static dev.deskrelay.relay.it.Parties.pairViewer;
import static dev.deskrelay.relay.it.Parties.signedIn;
import static dev.deskrelay.relay.it.Parties.systemInfo;
import static dev.deskrelay.relay.it.Parties.telemetry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Three relay nodes on one data grid and one PostgreSQL, HAProxy in front: agents and viewers on
 * different nodes, directly and through the balancer, keep every rule of the single relay.
 */
class ClusterIT {

    /** How long a viewer may stay quiet before the sample is sent again. */
    private static final Duration RESEND = Duration.ofMillis(500);

    @TempDir
    static Path home;
    private static RelayCluster cluster;

    @BeforeAll
    static void startCluster() {
        // a short action timeout, so that the test of it is quick
        cluster = RelayCluster.start(home, 3, Map.of("DESKRELAY_ACTION_TIMEOUT_SECONDS", "3"));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static URL node(int n) {
        return cluster.node(n).base();
    }

    @Test
    void aViewerOnAnotherNodeSeesFactsHistoryTelemetryAndPresence() {
        var agent = enrollAgent(node(1), "across");
        agent.socket().send(systemInfo("across-host")).send(telemetry(11));
        // answered after the two above are handled: the relay takes a socket's messages in order
        String code = agent.socket().send("{\"type\":\"request_pairing_code\"}").next("pairing_code").getString("code");

        var viewer = pairViewer(node(2), code);
        assertTrue(viewer.device().getBoolean("online"), "online on node 1, seen from node 2: " + viewer.device());
        assertEquals("across-host", viewer.socket().next("system_info").getJsonObject("system").getString("hostname"));
        JsonObject history = viewer.socket().next("history");
        assertEquals(11.0, history.getJsonArray("points").getJsonObject(0).getJsonNumber("cpu").doubleValue());

        agent.socket().send(telemetry(22));
        assertEquals(22.0, cpu(viewer.socket().nextOf("telemetry")));
        var throughBalancer = authenticateViewer(cluster.balancer(), viewer.token());
        JsonObject authenticated = throughBalancer.next("authenticated");
        assertTrue(authenticated.getJsonArray("devices").getJsonObject(0).getBoolean("online"), authenticated.toString());
        sampleUntilSeen(agent.socket(), throughBalancer, 33);
        assertEquals(33.0, cpu(viewer.socket().nextOf("telemetry")));

        agent.socket().close();
        JsonObject offline = viewer.socket().nextOf("presence");
        assertFalse(offline.getBoolean("online"), offline.toString());
        assertFalse(throughBalancer.nextOf("presence").getBoolean("online"));

        var movedOn = authenticateAgent(node(3), agent);
        assertTrue(viewer.socket().nextOf("presence").getBoolean("online"), "back online, now on node 3");
        movedOn.send(telemetry(44));
        assertEquals(44.0, cpu(viewer.socket().nextOf("telemetry")));
        assertEquals(44.0, cpu(throughBalancer.nextOf("telemetry")));
    }

    @Test
    void actionsCrossNodesWithEveryRuleOfOneRelay() {
        var agent = enrollAgent(node(1), "actor");
        var viewer = pairViewer(node(2), agent.pairingCode());
        String deviceId = agent.deviceId();

        viewer.socket().send(beep("b1", deviceId));
        JsonObject action = agent.socket().next("action");
        assertEquals("beep", action.getString("action"));
        agent.socket().send(result(action, "bell"));
        JsonObject answered = viewer.socket().nextOf("action_result");
        assertEquals("b1", answered.getString("id"));
        assertEquals("bell", answered.getJsonObject("data").getString("method"), answered.toString());

        viewer.socket().send(beep("b1", deviceId));
        assertEquals("duplicate_id", viewer.socket().nextOf("action_result").getString("code"),
                "the same viewer socket repeating an id, for a device on another node");
        assertNull(agent.socket().poll(Duration.ofSeconds(1)), "a duplicate never reaches the agent");

        var tab = authenticateViewer(cluster.balancer(), viewer.token());
        tab.next("authenticated");
        tab.send(beep("b1", deviceId));
        JsonObject again = agent.socket().next("action");
        agent.socket().send(result(again, "tone"));
        assertEquals("tone", tab.nextOf("action_result").getJsonObject("data").getString("method"),
                "another socket's ids are its own");

        viewer.socket().send(beep("slow", deviceId));
        agent.socket().next("action"); // and never answered
        JsonObject late = viewer.socket().nextOf("action_result");
        assertEquals("timeout", late.getString("code"), late.toString());
    }

    @Test
    void anActionForADeviceNoNodeHoldsIsAnsweredAtOnce() {
        var agent = enrollAgent(node(3), "gone");
        var viewer = pairViewer(node(1), agent.pairingCode());
        agent.socket().close();
        assertFalse(viewer.socket().nextOf("presence").getBoolean("online"));

        long sent = System.nanoTime();
        viewer.socket().send(beep("x1", agent.deviceId()));
        JsonObject answer = viewer.socket().nextOf("action_result");
        assertEquals("device_offline", answer.getString("code"), answer.toString());
        assertTrue(Duration.ofNanos(System.nanoTime() - sent).compareTo(Duration.ofSeconds(2)) < 0,
                "at once, not after a timeout");
    }

    @Test
    void theNewestAgentSocketWinsAcrossNodes() {
        var agent = enrollAgent(node(1), "twice");
        var viewer = pairViewer(node(3), agent.pairingCode());
        var newer = authenticateAgent(node(2), agent);
        assertEquals(4009, agent.socket().awaitClose(Duration.ofSeconds(10)).getCloseCode().getCode(),
                "the older socket, on another node, is replaced");
        newer.send(telemetry(55));
        assertEquals(55.0, cpu(viewer.socket().nextOf("telemetry")));
    }

    @Test
    void unpairRevokeAndRemoveReachSocketsOnEveryNode() {
        var kept = enrollAgent(node(1), "kept");
        var dropped = enrollAgent(node(1), "dropped");
        var person = People.newPerson(node(2));
        var browser = signedIn(node(2), person.token());
        browser.send(pair(kept.pairingCode())).next("paired");
        browser.send(pair(dropped.pairingCode())).next("paired");
        var otherTab = signedIn(node(3), person.token());
        var balancedTab = signedIn(cluster.balancer(), person.token());

        browser.send("{\"type\":\"unpair\",\"deviceId\":\"" + dropped.deviceId() + "\"}");
        assertEquals(dropped.deviceId(), otherTab.nextOf("unpaired").getString("deviceId"));
        otherTab.send(beep("u1", dropped.deviceId()));
        assertEquals("not_granted", otherTab.nextOf("action_result").getString("code"),
                "node 3 dropped the grant from its socket's memory");

        assertEquals(204, person.client().delete("/api/tokens/" + person.tokenId()).statusCode(),
                "revoked through node 2");
        assertEquals(4003, otherTab.awaitClose(Duration.ofSeconds(10)).getCloseCode().getCode());
        assertEquals(4003, balancedTab.awaitClose(Duration.ofSeconds(10)).getCloseCode().getCode());

        var removed = enrollAgent(node(1), "removed");
        var watcher = pairViewer(node(3), removed.pairingCode());
        var control = RelayClient.connect(node(2), "agent").send("{\"type\":\"authenticate\",\"deviceId\":\""
                + removed.deviceId() + "\",\"secret\":\"" + removed.secret() + "\",\"control\":true}");
        assertTrue(control.next("authenticated").getBoolean("agentOnline"), "the agent on node 1, seen from node 2");
        control.send("{\"type\":\"remove_device\"}");
        assertEquals(removed.deviceId(), watcher.socket().nextOf("device_removed").getString("deviceId"));
        assertEquals(4004, removed.socket().awaitClose(Duration.ofSeconds(10)).getCloseCode().getCode(),
                "the agent on node 1 is closed by a removal made on node 2");
    }

    @Test
    void aShareAndItsEndReachTheOtherPersonOnAnotherNode() {
        var agent = enrollAgent(node(1), "shared across");
        var owner = People.newPerson(node(2));
        var ownerSocket = signedIn(node(2), owner.token());
        ownerSocket.send(pair(agent.pairingCode())).next("paired");
        var helper = People.newPerson(node(3));
        var helperSocket = signedIn(node(3), helper.token());
        String share = "/api/devices/" + agent.deviceId() + "/shares/" + helper.username();

        assertEquals(204, owner.client().put(share, Json.createObjectBuilder().add("role", "viewer").build()).statusCode(),
                "shared through node 2");
        assertEquals("viewer", helperSocket.nextOf("shared").getJsonObject("device").getString("role"));
        sampleUntilSeen(agent.socket(), helperSocket, 44);
        helperSocket.send(beep("watching only", agent.deviceId()));
        assertEquals("not_allowed", helperSocket.nextOf("action_result").getString("code"));

        assertEquals(204, owner.client().delete(share).statusCode());
        assertEquals(agent.deviceId(), helperSocket.nextOf("unpaired").getString("deviceId"),
                "node 3 dropped the share from its socket's memory");
        ownerSocket.close();
    }

    /**
     * Sends the sample until the viewer gets it. The agent's node learns that another node has a new
     * viewer of the device from the grid's replicated interest, a moment after that viewer was
     * answered: a sample sent within that moment stays on the agent's node, and the next one crosses.
     */
    private static void sampleUntilSeen(RelayClient agent, RelayClient viewer, double cpu) {
        long deadline = System.nanoTime() + RelayClient.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            agent.send(telemetry(cpu));
            for (String text = viewer.poll(RESEND); text != null && System.nanoTime() < deadline;
                    text = viewer.poll(RESEND)) {
                JsonObject message = Json.createReader(new StringReader(text)).readObject();
                if ("telemetry".equals(message.getString("type")) && cpu(message) == cpu) {
                    return;
                }
            }
        }
        throw new AssertionError("the viewer got no sample of " + cpu + " within " + RelayClient.WAIT.toSeconds() + " s");
    }

    private static String result(JsonObject action, String method) {
        return "{\"type\":\"action_result\",\"id\":\"" + action.getString("id") + "\",\"ok\":true,\"data\":{\"method\":\""
                + method + "\"}}";
    }

    private static double cpu(JsonObject telemetry) {
        return telemetry.getJsonObject("sample").getJsonNumber("cpu").doubleValue();
    }
}
