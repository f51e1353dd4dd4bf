package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.Parties.pairViewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** The agent jar's actions as a viewer meets them, and the config that the person at the computer controls. */
class AgentActionsIT extends BuiltRelayIT {

    private static final Pattern PAIRING_CODE = Pattern.compile("Pairing code: (\\S+)");
    private static final Pattern CONNECTED = Pattern.compile("Connected to .* as device (\\S+)");

    @Test
    void everyActionAnswersAndADisabledOneIsRefused(@TempDir Path home) throws IOException {
        Path config = home.resolve("agent.json");
        Files.writeString(config, "{\"actions\":{\"notify\":false}}");
        try (var agent = AgentProcess.start(base, config)) {
            String deviceId = agent.await(CONNECTED);
            var viewer = pairViewer(base, agent.await(PAIRING_CODE)).socket();

            JsonObject beep = act(viewer, deviceId, "a1", "beep", "{}");
            assertTrue(beep.getBoolean("ok"), beep.toString());
            assertTrue(Set.of("tone", "bell").contains(beep.getJsonObject("data").getString("method")));

            JsonObject processes = act(viewer, deviceId, "a2", "processes", "{\"limit\":3}");
            assertTrue(processes.getBoolean("ok"), processes.toString());
            var list = processes.getJsonObject("data").getJsonArray("processes");
            assertTrue(!list.isEmpty() && list.size() <= 3, list.toString());
            JsonObject busiest = list.getJsonObject(0);
            assertTrue(busiest.getJsonNumber("pid").longValue() > 0 && !busiest.getString("name").isBlank());
            assertTrue(busiest.getJsonNumber("memory").longValue() > 0);
            assertTrue(busiest.getJsonNumber("cpu").doubleValue() >= list.getJsonObject(list.size() - 1)
                    .getJsonNumber("cpu").doubleValue(), "busiest first");

            assertEquals("bad_arguments", act(viewer, deviceId, "a3", "processes", "{\"limit\":0}").getString("code"));
            assertEquals("action_disabled", act(viewer, deviceId, "a4", "notify", "{\"title\":\"hi\"}").getString("code"));
            assertEquals("unknown_action", act(viewer, deviceId, "a5", "reboot", "{}").getString("code"));
            viewer.close();
            agent.stop();
        }
        JsonObject saved = Json.createReader(new StringReader(Files.readString(config))).readObject();
        assertEquals(JsonValue.FALSE, saved.getJsonObject("actions").get("notify"), "the person's choice is kept");
    }

    @Test
    void notifyShowsTheMessageTheBestWayTheMachineHas(@TempDir Path home) {
        try (var agent = AgentProcess.start(base, home.resolve("agent.json"))) {
            String deviceId = agent.await(CONNECTED);
            var viewer = pairViewer(base, agent.await(PAIRING_CODE)).socket();
            JsonObject shown = act(viewer, deviceId, "n1", "notify", "{\"title\":\"Backup done\",\"body\":\"42 files\"}");
            assertTrue(shown.getBoolean("ok"), shown.toString());
            assertTrue(Set.of("tray", "notify-send", "log").contains(shown.getJsonObject("data").getString("method")));
            assertEquals("bad_arguments", act(viewer, deviceId, "n2", "notify", "{\"body\":\"no title\"}").getString("code"));
            viewer.close();
            agent.stop();
        }
    }

    @Test
    void aCredentialTheRelayRejectsStopsTheAgentWithDirections(@TempDir Path home) throws IOException {
        Path config = home.resolve("agent.json");
        try (var agent = AgentProcess.start(base, config)) {
            agent.await(CONNECTED);
            agent.stop();
        }
        JsonObject saved = Json.createReader(new StringReader(Files.readString(config))).readObject();
        JsonObject forged = Json.createObjectBuilder(saved).add("credential",
                Json.createObjectBuilder(saved.getJsonObject("credential")).add("secret", "not-the-secret")).build();
        Files.writeString(config, forged.toString());

        try (var rejected = AgentProcess.start(base, config)) {
            int status = rejected.awaitExit(Duration.ofSeconds(30));
            assertNotEquals(0, status, rejected.printed());
            assertTrue(rejected.printed().contains("--forget"), "says how to enroll again:\n" + rejected.printed());
            assertFalse(rejected.printed().contains("not-the-secret"), "never prints the secret");
            assertEquals(1, rejected.printed().lines().filter(line -> line.contains("connected to")).count(),
                    "no retrying:\n" + rejected.printed());
        }
    }

    @Test
    void forgettingTheCredentialRemovesTheDeviceFromEveryPage(@TempDir Path home) {
        Path config = home.resolve("agent.json");
        RelayClient viewer;
        try (var agent = AgentProcess.start(base, config)) {
            String deviceId = agent.await(CONNECTED);
            viewer = pairViewer(base, agent.await(PAIRING_CODE)).socket();
            try (var forget = AgentProcess.command("forget", "--config", config.toString())) {
                assertEquals(0, forget.awaitExit(Duration.ofSeconds(30)), forget.printed());
                assertTrue(forget.printed().contains("Removed device " + deviceId), forget.printed());
            }
            assertEquals(deviceId, viewer.nextOf("device_removed").getString("deviceId"));
            assertNotEquals(0, agent.awaitExit(Duration.ofSeconds(30)),
                    "the running agent's credential is void: it stops instead of retrying\n" + agent.printed());
        }
        viewer.close();
    }

    @Test
    void theJarStartedWithoutOptionsRunsWithTheInstalledLaunchers(@TempDir Path home) {
        try (var agent = AgentProcess.start(base, home.resolve("agent.json"))) {
            agent.await(CONNECTED);

            List<String> running = agent.commandLine();
            assertTrue(running.containsAll(List.of("-Xmx32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")),
                    "the same process, restarted with agent-standalone/src/packaging/jvm-options: " + running);
            assertTrue(running.contains("-Djna.tmpdir=" + System.getProperty("java.io.tmpdir")),
                    "the options it was started with still apply: " + running);
            agent.stop();
        }
    }

    @Test
    void theActionRoundTripIsInSecondsInEveryLineOfItsMetric(@TempDir Path home) {
        try (var agent = AgentProcess.start(base, home.resolve("agent.json"))) {
            String deviceId = agent.await(CONNECTED);
            var viewer = pairViewer(base, agent.await(PAIRING_CODE)).socket();
            assertTrue(act(viewer, deviceId, "t1", "beep", "{}").getBoolean("ok"));
            viewer.close();
            agent.stop();
        }
        Map<String, Double> roundTrip = metricLines("deskrelay_action_round_trip_seconds");
        double count = roundTrip.get("_count");
        double max = roundTrip.get("_max");
        double sum = roundTrip.get("_sum");
        assertTrue(count >= 1 && max > 0, roundTrip.toString());
        // an action is answered within its 30 s timeout, so a figure above that is not in seconds;
        // Payara converts max and sum apart, so one action's max and sum may differ in the last digit
        double rounding = 1 + 1e-12;
        assertTrue(max <= 30 && roundTrip.get("_mean") <= max * rounding && max <= sum * rounding && sum <= count * max * rounding,
                "the maximum, mean and sum in seconds: " + roundTrip);
        roundTrip.forEach((line, value) -> assertTrue(!line.contains("quantile") || value <= max,
                line + " is not in seconds: " + roundTrip));
        Map<String, Double> buckets = new TreeMap<>();
        roundTrip.forEach((line, value) -> {
            if (line.startsWith("_bucket{le=\"") && !line.contains("+Inf")) {
                buckets.put(line.replaceAll("\\D*([0-9.]+).*", "$1"), value);
            }
        });
        assertFalse(buckets.isEmpty(), "a distribution to graph: " + roundTrip);
        buckets.forEach((bound, observed) -> assertEquals(Double.parseDouble(bound) >= max, observed == count,
                "bucket le=" + bound + " s holds every action that took at most that: " + roundTrip));
    }

    /** Each line of a metric in the Prometheus text, keyed by what follows its name (suffix and labels). */
    private Map<String, Double> metricLines(String name) {
        String text = new RelayHttp(base).get("/metrics").body();
        Map<String, Double> lines = new TreeMap<>();
        Matcher line = Pattern.compile("(?m)^" + name + "(\\S*) ([0-9.eE+-]+)$").matcher(text);
        while (line.find()) {
            lines.put(line.group(1).replace("mp_scope=\"application\"", "").replace("{,", "{").replace("{}", ""),
                    Double.parseDouble(line.group(2)));
        }
        assertTrue(lines.containsKey("_count") && lines.containsKey("_max") && lines.containsKey("_sum"),
                "no complete " + name + " in /metrics:\n" + text);
        return lines;
    }

    private static JsonObject act(RelayClient viewer, String deviceId, String id, String action, String args) {
        viewer.send("{\"type\":\"action\",\"id\":\"" + id + "\",\"deviceId\":\"" + deviceId + "\",\"action\":\""
                + action + "\",\"args\":" + args + "}");
        JsonObject result = viewer.nextOf("action_result");
        assertEquals(id, result.getString("id"));
        return result;
    }
}
