package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.Parties.authenticateViewer;
import static dev.deskrelay.relay.it.Parties.beep;
import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.pair;
import static dev.deskrelay.relay.it.Parties.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * kill -9 of the node holding agents, while a viewer on another node waits for actions: a node's
 * loss costs only reconnect time, an offline rule on a device that does not come back fires once on
 * a survivor, and the node restarted rejoins.
 */
class NodeLossIT {

    private static final Pattern PAIRING_CODE = Pattern.compile("Pairing code: (\\S+)");
    private static final Pattern CONNECTED = Pattern.compile("Connected to .* as device (\\S+)");
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(15);
    private static final Duration BACK_ONLINE_WITHIN = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(3);

    @TempDir
    static Path home;
    private static RelayCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = RelayCluster.start(home, 3, Map.of());
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** A message and how long after the kill it came. */
    private record Seen(Duration at, JsonObject message) {
    }

    @Test
    void inFlightActionsAreAnsweredAgentsComeBackAndTheNodeRejoins() {
        // a real agent through the balancer, which reconnects with its own backoff; and an agent
        // that takes actions and never answers, on the same node, so actions are in flight there
        try (var agent = AgentProcess.start(cluster.balancer(), home.resolve("agent.json"))) {
            String deviceId = agent.await(CONNECTED);
            int victim = nodeHoldingOneAgent();
            int survivor = victim % 3 + 1;
            var silent = enrollAgent(cluster.node(victim).base(), "silent");
            var person = People.newPerson(cluster.node(survivor).base());
            var viewer = new Parties.PairedViewer(signedIn(cluster.node(survivor).base(), person.token()),
                    person.token(), null);
            viewer.socket().send(pair(agent.await(PAIRING_CODE))).next("paired");
            viewer.socket().send(pair(silent.pairingCode())).nextOf("paired");
            // an offline rule on the device that stays gone: one survivor, the oldest, fires it
            var rule = person.client().post("/api/alerts/rules", Json.createObjectBuilder().add("name", "silent gone")
                    .add("deviceId", silent.deviceId()).add("metric", "offline").add("durationSeconds", 3)
                    .add("severity", "critical").build());
            assertEquals(201, rule.statusCode(), rule.body());
            var strandedViewer = authenticateViewer(cluster.node(victim).base(), viewer.token());
            strandedViewer.next("authenticated");

            List<String> inFlight = List.of("f1", "f2", "f3");
            inFlight.forEach(id -> viewer.socket().send(beep(id, silent.deviceId())));
            IntStream.range(0, inFlight.size()).forEach(i -> silent.socket().next("action"));
            viewer.socket().drain();

            long killedAt = System.nanoTime();
            Duration agentRanBeforeKill = agent.sinceStart();
            cluster.node(victim).kill();

            Map<String, Seen> results = new LinkedHashMap<>();
            List<Seen> presence = new ArrayList<>();
            List<Seen> alerts = new ArrayList<>();
            long until = killedAt + BACK_ONLINE_WITHIN.toNanos();
            boolean settling = false;
            while (System.nanoTime() < until) {
                String text = viewer.socket().poll(Duration.ofNanos(Math.max(until - System.nanoTime(), 0)));
                if (text == null) {
                    break;
                }
                var seen = new Seen(Duration.ofNanos(System.nanoTime() - killedAt),
                        Json.createReader(new StringReader(text)).readObject());
                switch (seen.message().getString("type")) {
                    case "action_result" -> results.put(seen.message().getString("id"), seen);
                    case "presence" -> presence.add(seen);
                    case "alert" -> alerts.add(seen);
                    default -> { }
                }
                if (!settling && results.keySet().containsAll(inFlight) && lastPresence(presence, deviceId)) {
                    // a little longer, for a late, stale announcement that the device is offline
                    settling = true;
                    until = System.nanoTime() + SETTLE.toNanos();
                }
            }

            for (String id : inFlight) {
                Seen answer = results.get(id);
                assertTrue(answer != null, "in-flight action " + id + " unanswered; got " + results);
                assertTrue(Set.of("relay_lost", "device_offline").contains(answer.message().getString("code")),
                        answer.message().toString());
                assertTrue(answer.at().compareTo(ANSWERED_WITHIN) <= 0, id + " answered after " + answer.at());
            }
            // An agent back on another node before the grid noticed the death need never look offline
            // there; what the viewer must end with is that device online, and the silent one offline.
            List<Seen> agentPresence = presenceOf(presence, deviceId);
            assertTrue(lastPresence(presence, deviceId), "the viewer ends with the agent online: " + presence);
            assertTrue(agentPresence.get(agentPresence.size() - 1).at().compareTo(BACK_ONLINE_WITHIN) <= 0,
                    "online again within " + BACK_ONLINE_WITHIN.toSeconds() + " s of the kill: " + presence);
            List<Seen> silentPresence = presenceOf(presence, silent.deviceId());
            assertTrue(!silentPresence.isEmpty() && !lastPresence(presence, silent.deviceId()),
                    "the device nobody holds any more went offline: " + presence);
            if (alerts.isEmpty()) {
                alerts.add(new Seen(Duration.ofNanos(System.nanoTime() - killedAt), viewer.socket().nextOf("alert")));
            }
            JsonObject fired = alerts.get(0).message();
            assertEquals(silent.deviceId(), fired.getString("deviceId"), "its offline rule fired: " + alerts);
            assertEquals("firing", fired.getString("state"));
            assertEquals(1, alerts.size(), "once, though two survivors heard of the loss: " + alerts);
            assertEquals(deviceId, agent.await(CONNECTED, 2, BACK_ONLINE_WITHIN), "the same device, reconnected");
            Duration reconnected = agent.timeUntil(CONNECTED, 2, BACK_ONLINE_WITHIN).minus(agentRanBeforeKill);
            assertTrue(reconnected.compareTo(BACK_ONLINE_WITHIN) <= 0, "the agent back after " + reconnected);

            // no ownership left on the dead node: the reconnected agent takes actions, and a device
            // nobody holds any more is offline at once
            viewer.socket().send(beep("after", deviceId));
            JsonObject beeped = viewer.socket().nextOf("action_result");
            assertTrue(beeped.getBoolean("ok"), beeped.toString());
            viewer.socket().send(beep("orphan", silent.deviceId()));
            assertEquals("device_offline", viewer.socket().nextOf("action_result").getString("code"));

            // a viewer that was on the dead node reconnects (through the balancer) and is up to date
            assertTrue(strandedViewer.closedWithin(Duration.ofSeconds(10)) != null, "its socket died with the node");
            var returning = authenticateViewer(cluster.balancer(), viewer.token());
            assertTrue(online(returning.next("authenticated"), deviceId), "the device online again");

            cluster.node(victim).start();
            cluster.awaitGrid(3);
            var onRestarted = authenticateViewer(cluster.node(victim).base(), viewer.token());
            assertTrue(online(onRestarted.next("authenticated"), deviceId), "the restarted node knows who is online");
            assertEquals(deviceId, onRestarted.nextOf("telemetry").getString("deviceId"));
            onRestarted.send(beep("rejoined", deviceId));
            JsonObject fromRestarted = onRestarted.nextOf("action_result");
            assertTrue(fromRestarted.getBoolean("ok"), fromRestarted.toString());
            agent.stop();
        }
    }

    /** The node whose metrics count the one agent connected so far. */
    private static int nodeHoldingOneAgent() {
        for (int n = 1; n <= 3; n++) {
            if (new RelayHttp(cluster.node(n).base()).metric("deskrelay_agents_connected") == 1) {
                return n;
            }
        }
        throw new AssertionError("no node holds the agent");
    }

    private static List<Seen> presenceOf(List<Seen> presence, String deviceId) {
        return presence.stream().filter(seen -> deviceId.equals(seen.message().getString("deviceId"))).toList();
    }

    /** What the last presence of the device said: online (true), or offline or none (false). */
    private static boolean lastPresence(List<Seen> presence, String deviceId) {
        List<Seen> ofDevice = presenceOf(presence, deviceId);
        return !ofDevice.isEmpty() && ofDevice.get(ofDevice.size() - 1).message().getBoolean("online");
    }

    private static boolean online(JsonObject authenticated, String deviceId) {
        return authenticated.getJsonArray("devices").stream().map(device -> device.asJsonObject())
                .anyMatch(device -> deviceId.equals(device.getString("id")) && device.getBoolean("online"));
    }
}
