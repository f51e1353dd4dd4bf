package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.ApiClient.json;
import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.pair;
import static dev.deskrelay.relay.it.Parties.signedIn;
import static dev.deskrelay.relay.it.Parties.telemetry;
import static dev.deskrelay.relay.it.RelayClient.closeAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A CPU rule on a simulated agent: it fires after its duration (the account's sockets told, the
 * alert listed with the agent's processes as evidence), a metric flapping around the threshold
 * keeps it one alert, a person acknowledges it, and the same duration back under resolves it. A
 * rule for every device, made while the device reports, fires at once and resolves when it is
 * removed. Another account neither hears of it nor lists it. An offline rule fires when the agent
 * is killed and resolves when it is back; an agent with its processes turned off leaves the
 * evidence saying so.
 */
class AlertsIT extends BuiltRelayIT {

    private static final Duration SAMPLE_EVERY = Duration.ofMillis(250);

    @Test
    void aCpuRuleFiresAcknowledgesAndResolvesForItsAccountOnly() throws InterruptedException {
        var agent = enrollAgent(base, "build box");
        var owner = People.newPerson(base);
        var ownerSocket = signedIn(base, owner.token());
        ownerSocket.send(pair(agent.pairingCode())).next("paired");
        var stranger = People.newPerson(base);
        var strangerSocket = signedIn(base, stranger.token());
        agent.socket().send(telemetry(10));
        ownerSocket.nextOf("telemetry");

        var created = owner.client().post("/api/alerts/rules", Json.createObjectBuilder().add("name", "CPU busy")
                .add("deviceId", agent.deviceId()).add("metric", "cpu").add("comparison", "above").add("threshold", 80)
                .add("durationSeconds", 2).add("severity", "critical").add("repeatMinutes", 0).build());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject rule = json(created);
        assertTrue(rule.getString("id").startsWith("r-"), rule.toString());
        assertTrue(rule.isNull("mount"), rule.toString());
        assertEquals(400, owner.client().post("/api/alerts/rules", Json.createObjectBuilder().add("name", "x")
                .add("metric", "cpu").add("comparison", "sideways").add("threshold", 1).add("durationSeconds", 0)
                .add("severity", "warning").build()).statusCode());
        assertEquals(404, stranger.client().post("/api/alerts/rules", Json.createObjectBuilder().add("name", "mine")
                .add("deviceId", agent.deviceId()).add("metric", "cpu").add("comparison", "above").add("threshold", 1)
                .add("durationSeconds", 0).add("severity", "warning").build()).statusCode(),
                "a rule on a device the account does not hold");

        long start = System.nanoTime();
        JsonObject fired = sampleUntilAlert(agent, ownerSocket, 95);
        assertTrue(System.nanoTime() - start >= Duration.ofSeconds(2).toNanos(), "not before its duration");
        assertEquals("firing", fired.getString("state"));
        assertEquals("CPU busy", fired.getString("ruleName"));
        assertFalse(fired.getBoolean("acknowledged"));
        long alertId = fired.getJsonNumber("alertId").longValue();
        answerProcesses(agent);

        JsonObject listed = json(owner.client().get("/api/alerts?state=firing"));
        assertEquals(1, listed.getInt("firing"));
        JsonObject alert = listed.getJsonArray("alerts").getJsonObject(0);
        assertEquals(alertId, alert.getJsonNumber("id").longValue());
        assertEquals(95.0, alert.getJsonNumber("value").doubleValue());
        assertEquals("%", alert.getString("unit"));
        assertEquals("build box", alert.getString("deviceName"));
        assertTrue(alert.isNull("acknowledged"));
        JsonObject evidence = awaitEvidence(owner, alertId);
        assertEquals("java", evidence.getJsonArray("processes").getJsonObject(0).getString("name"));
        assertFalse(evidence.getJsonArray("points").isEmpty(), "the minutes before it fired");

        for (int i = 0; i < 12; i++) {
            agent.socket().send(telemetry(i % 2 == 0 ? 10 : 95));
            Thread.sleep(SAMPLE_EVERY.toMillis());
        }
        assertNull(nextAlert(ownerSocket, Duration.ofMillis(300)), "a flapping metric keeps the alert firing, quietly");
        assertEquals(1, json(owner.client().get("/api/alerts")).getJsonArray("alerts").size());

        var acknowledged = owner.client().post("/api/alerts/" + alertId + "/acknowledge", Json.createObjectBuilder().build());
        assertEquals(200, acknowledged.statusCode(), acknowledged.body());
        assertEquals(owner.username(), json(acknowledged).getJsonObject("acknowledged").getString("by"));
        assertTrue(nextAlert(ownerSocket, RelayClient.WAIT).getBoolean("acknowledged"));
        assertEquals(1, json(owner.client().get("/api/alerts?state=acknowledged")).getJsonArray("alerts").size());

        JsonObject resolved = sampleUntilAlert(agent, ownerSocket, 10);
        assertEquals("resolved", resolved.getString("state"));
        JsonObject detail = json(owner.client().get("/api/alerts/" + alertId));
        assertEquals("resolved", detail.getString("state"));
        assertFalse(detail.isNull("resolvedAt"));
        assertEquals("[\"pending\",\"firing\",\"acknowledged\",\"resolved\"]", detail.getJsonArray("changes").stream()
                .map(change -> change.asJsonObject().get("state").toString()).toList().toString().replace(" ", ""));
        assertEquals(0, json(owner.client().get("/api/alerts")).getInt("firing"));

        var renamed = owner.client().put("/api/alerts/rules/" + rule.getString("id"), Json.createObjectBuilder()
                .add("name", "CPU very busy").add("deviceId", agent.deviceId()).add("metric", "cpu")
                .add("comparison", "above").add("threshold", 90).add("durationSeconds", 2).add("severity", "critical")
                .build());
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals("CPU very busy", json(renamed).getString("name"));
        assertEquals(rule.getJsonNumber("createdAt"), json(renamed).getJsonNumber("createdAt"));
        assertEquals("CPU busy", json(owner.client().get("/api/alerts/" + alertId)).getString("ruleName"),
                "an alert keeps the name its rule had when it fired");
        assertEquals(404, stranger.client().delete("/api/alerts/rules/" + rule.getString("id")).statusCode());

        var instant = owner.client().post("/api/alerts/rules", Json.createObjectBuilder().add("name", "any load")
                .addNull("deviceId").add("metric", "cpu").add("comparison", "above").add("threshold", 50)
                .add("durationSeconds", 0).add("severity", "info").build());
        assertEquals(201, instant.statusCode(), instant.body());
        assertEquals("firing", sampleUntilAlert(agent, ownerSocket, 60).getString("state"));
        answerProcesses(agent);
        assertEquals(204, owner.client().delete("/api/alerts/rules/" + json(instant).getString("id")).statusCode());
        assertEquals("resolved", nextAlert(ownerSocket, RelayClient.WAIT).getString("state"),
                "a removed rule's alert does not stay firing");
        assertEquals(0, json(owner.client().get("/api/alerts")).getInt("firing"));

        assertEquals(404, stranger.client().get("/api/alerts/" + alertId).statusCode());
        assertTrue(json(stranger.client().get("/api/alerts")).getJsonArray("alerts").isEmpty());
        assertNull(nextAlert(strangerSocket, Duration.ofMillis(100)), "another account hears nothing of it");
        closeAll(ownerSocket, strangerSocket, agent.socket());
    }

    @Test
    void offlineRulesFireWhenTheAgentIsKilledAndResolveWhenItIsBack() throws InterruptedException {
        var raw = RawSocket.open(base, "agent");
        raw.sendText("{\"type\":\"enroll\",\"name\":\"far away\"}".getBytes(StandardCharsets.UTF_8));
        JsonObject enrolled = read(raw.nextText());
        String deviceId = enrolled.getString("deviceId");
        String code = read(raw.nextText()).getString("code");
        var owner = People.newPerson(base);
        var ownerSocket = signedIn(base, owner.token());
        ownerSocket.send(pair(code)).next("paired");
        var created = owner.client().post("/api/alerts/rules", Json.createObjectBuilder().add("name", "gone")
                .add("deviceId", deviceId).add("metric", "offline").add("durationSeconds", 2)
                .add("severity", "critical").build());
        assertEquals(201, created.statusCode(), created.body());

        long killedAt = System.nanoTime();
        raw.reset();

        JsonObject fired = nextAlert(ownerSocket, RelayClient.WAIT);
        assertEquals("firing", fired.getString("state"), String.valueOf(fired));
        assertTrue(System.nanoTime() - killedAt >= Duration.ofSeconds(2).toNanos(), "not before its duration");
        long alertId = fired.getJsonNumber("alertId").longValue();
        JsonObject evidence = awaitEvidence(owner, alertId);
        assertEquals("the agent is offline", evidence.getString("processesUnavailable"), evidence.toString());
        assertTrue(evidence.isNull("processes") && evidence.getJsonArray("points").isEmpty(), evidence.toString());
        assertEquals("offline", json(owner.client().get("/api/alerts/" + alertId)).getString("metric"));

        // a rule added while the device is offline waits from then
        var added = owner.client().post("/api/alerts/rules", Json.createObjectBuilder().add("name", "still gone")
                .add("metric", "offline").add("durationSeconds", 1).add("severity", "info").build());
        assertEquals(201, added.statusCode(), added.body());
        JsonObject firedToo = nextAlert(ownerSocket, RelayClient.WAIT);
        assertEquals("still gone", firedToo.getString("ruleName"), String.valueOf(firedToo));
        assertEquals("firing", firedToo.getString("state"));

        var back = Parties.authenticateAgent(base, new Parties.EnrolledAgent(null, deviceId,
                enrolled.getString("secret"), code));
        JsonObject resolved = nextAlert(ownerSocket, RelayClient.WAIT);
        JsonObject resolvedToo = nextAlert(ownerSocket, RelayClient.WAIT);
        assertEquals(Set.of(alertId, firedToo.getJsonNumber("alertId").longValue()),
                Set.of(resolved.getJsonNumber("alertId").longValue(), resolvedToo.getJsonNumber("alertId").longValue()));
        assertEquals("resolved", resolved.getString("state"), String.valueOf(resolved));
        assertEquals("resolved", resolvedToo.getString("state"), String.valueOf(resolvedToo));
        closeAll(back, ownerSocket);
    }

    @Test
    void anAgentWithTheProcessesActionTurnedOffLeavesTheAlertSayingSo() throws InterruptedException {
        var agent = enrollAgent(base, "private box");
        var owner = People.newPerson(base);
        var ownerSocket = signedIn(base, owner.token());
        ownerSocket.send(pair(agent.pairingCode())).next("paired");
        var created = owner.client().post("/api/alerts/rules", Json.createObjectBuilder().add("name", "CPU busy")
                .add("deviceId", agent.deviceId()).add("metric", "cpu").add("comparison", "above").add("threshold", 80)
                .add("durationSeconds", 0).add("severity", "warning").build());
        assertEquals(201, created.statusCode(), created.body());

        long alertId = sampleUntilAlert(agent, ownerSocket, 95).getJsonNumber("alertId").longValue();
        JsonObject action = agent.socket().nextOf("action");
        assertEquals(10, action.getJsonObject("args").getInt("limit"), "the ten busiest");
        agent.socket().send("{\"type\":\"action_result\",\"id\":\"" + action.getString("id") + "\",\"ok\":false,"
                + "\"code\":\"action_disabled\",\"message\":\"the person at this computer turned processes off\"}");

        JsonObject evidence = awaitEvidence(owner, alertId);
        assertEquals("the agent has the processes action turned off", evidence.getString("processesUnavailable"));
        assertTrue(evidence.isNull("processes") && evidence.isNull("processesAt"), evidence.toString());
        assertEquals(95.0, evidence.getJsonArray("points").getJsonObject(evidence.getJsonArray("points").size() - 1)
                .getJsonNumber("value").doubleValue(), "the sample that fired it is the last of its minutes");
        closeAll(agent.socket(), ownerSocket);
    }

    private static JsonObject read(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** Sends the value every {@link #SAMPLE_EVERY} until the account's socket is told of the alert. */
    private static JsonObject sampleUntilAlert(Parties.EnrolledAgent agent, RelayClient socket, double cpu) {
        long deadline = System.nanoTime() + RelayClient.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            agent.socket().send(telemetry(cpu));
            JsonObject alert = nextAlert(socket, SAMPLE_EVERY);
            if (alert != null) {
                return alert;
            }
        }
        throw new AssertionError("no alert message within " + RelayClient.WAIT.toSeconds() + " s");
    }

    /** The next {@code alert} message within the time, skipping telemetry; null when none came. */
    private static JsonObject nextAlert(RelayClient socket, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        for (long left = within.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            String text = socket.poll(Duration.ofNanos(left));
            if (text == null) {
                return null;
            }
            JsonObject message = Json.createReader(new StringReader(text)).readObject();
            if ("alert".equals(message.getString("type"))) {
                return message;
            }
        }
        return null;
    }

    /** The relay asks the agent for its processes when the rule fires, as a viewer would. */
    private static void answerProcesses(Parties.EnrolledAgent agent) {
        JsonObject action = agent.socket().nextOf("action");
        assertEquals("processes", action.getString("action"));
        agent.socket().send("{\"type\":\"action_result\",\"id\":\"" + action.getString("id") + "\",\"ok\":true,"
                + "\"data\":{\"processes\":[{\"name\":\"java\",\"pid\":42,\"cpu\":88.0,\"memory\":123}]}}");
    }

    private static JsonObject awaitEvidence(People.Person owner, long alertId) throws InterruptedException {
        long deadline = System.nanoTime() + RelayClient.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject detail = json(owner.client().get("/api/alerts/" + alertId));
            if (!detail.isNull("evidence")) {
                return detail.getJsonObject("evidence");
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the alert's evidence was not stored within " + RelayClient.WAIT.toSeconds() + " s");
    }
}
