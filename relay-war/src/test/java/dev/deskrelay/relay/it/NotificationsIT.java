package dev.deskrelay.relay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

import dev.deskrelay.harness.FreePorts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Alert channels deliver to real receivers: a webhook signed with its secret, an ntfy topic with
 * the severity's title, priority and tags, an e-mail with the chart to an SMTP server (GreenMail),
 * and a channel whose receiver is gone shows as failing with its last error. Notices come from
 * each channel's test, which carries evidence shaped as a real alert's, and from a CPU rule
 * firing on a simulated agent, with its processes.
 */
class NotificationsIT {

    private static final String SMTP_USER = "deskrelay";
    private static final String SMTP_PASSWORD = "smtp-password-it";

    /** A request as a receiver got it. */
    record Received(Headers headers, byte[] body) {
    }

    @Test
    void eachChannelGetsItsTestAndAGoneReceiverShowsAsFailing(@TempDir Path home) throws Exception {
        var smtp = new GreenMail(new ServerSetup(FreePorts.one(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.setUser("alerts@example.com", SMTP_USER, SMTP_PASSWORD);
        smtp.start();
        BlockingQueue<Received> hooks = new LinkedBlockingQueue<>();
        BlockingQueue<Received> topics = new LinkedBlockingQueue<>();
        HttpServer hookServer = receiver(hooks);
        HttpServer ntfyServer = receiver(topics);
        try (var relay = RelayProcess.start(home.resolve("relay-data"), Map.of(
                "DESKRELAY_SMTP_HOST", "127.0.0.1",
                "DESKRELAY_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()),
                "DESKRELAY_SMTP_USER", SMTP_USER,
                "DESKRELAY_SMTP_PASSWORD", SMTP_PASSWORD,
                "DESKRELAY_SMTP_AUTH", "true",
                "DESKRELAY_SMTP_STARTTLS", "false",
                "DESKRELAY_SMTP_FROM", "relay@example.com"))) {
            People.Person owner = People.newPerson(relay.base());
            ApiClient alice = owner.client();
            JsonObject hook = create(alice, "webhook", "http://127.0.0.1:" + hookServer.getAddress().getPort() + "/hook", null);
            JsonObject topic = create(alice, "ntfy", "http://127.0.0.1:" + ntfyServer.getAddress().getPort() + "/alerts",
                    "tk_ntfy-token");
            JsonObject mail = create(alice, "email", "ops@example.com", null);
            JsonObject gone = create(alice, "webhook", "http://127.0.0.1:" + FreePorts.one() + "/nobody", null);
            String secret = hook.getString("secret");
            assertEquals(43, secret.length(), "32 random bytes, base64url");
            assertFalse(topic.containsKey("secret"), "an ntfy token is never answered");
            String listed = alice.get("/api/alerts/channels").body();
            assertFalse(listed.contains(secret) || listed.contains("tk_ntfy-token"), listed);

            for (JsonObject channel : new JsonObject[] {hook, topic, mail, gone}) {
                var queued = alice.post("/api/alerts/channels/" + channel.getString("id") + "/test",
                        Json.createObjectBuilder().build());
                assertEquals(202, queued.statusCode(), queued.body());
                assertTrue(ApiClient.json(queued).getBoolean("queued"));
            }

            Received webhook = hooks.poll(20, TimeUnit.SECONDS);
            assertNotNull(webhook, "the webhook arrived");
            assertEquals("application/json", webhook.headers().getFirst("Content-Type"));
            assertEquals("sha256=" + hmac(webhook.body(), secret), webhook.headers().getFirst("X-DeskRelay-Signature"));
            assertTrue(webhook.headers().getFirst("X-DeskRelay-Delivery").matches("[0-9a-f-]{36}"));
            JsonObject payload = Json.createReader(new StringReader(new String(webhook.body(), StandardCharsets.UTF_8)))
                    .readObject();
            assertEquals("test", payload.getString("type"));
            assertEquals("cpu", payload.getJsonObject("alert").getString("metric"));
            assertEquals(60, payload.getJsonObject("evidence").getJsonArray("points").size());
            assertEquals("deskrelay-test",
                    payload.getJsonObject("evidence").getJsonArray("processes").getJsonObject(0).getString("name"));

            Received ntfy = topics.poll(20, TimeUnit.SECONDS);
            assertNotNull(ntfy, "the ntfy message arrived");
            assertEquals("[info] Test of channel ntfy: a test message from DeskRelay", ntfy.headers().getFirst("Title"));
            assertEquals("3", ntfy.headers().getFirst("Priority"));
            assertEquals("information_source", ntfy.headers().getFirst("Tags"));
            assertEquals("Bearer tk_ntfy-token", ntfy.headers().getFirst("Authorization"));

            assertTrue(smtp.waitForIncomingEmail(20_000, 1), "the mail arrived");
            MimeMessage received = smtp.getReceivedMessages()[0];
            assertEquals("[info] Test of channel email: a test message from DeskRelay", received.getSubject());
            assertEquals("relay@example.com", received.getFrom()[0].toString());
            BodyPart chart = ((MimeMultipart) received.getContent()).getBodyPart(1);
            assertTrue(chart.isMimeType("image/png"), chart.getContentType());
            assertEquals("chart.png", chart.getFileName());
            byte[] png = chart.getInputStream().readAllBytes();
            assertEquals(0x89, png[0] & 0xff);

            String ruleId = fireACpuAlert(relay.base(), owner);
            Received firing = hooks.poll(40, TimeUnit.SECONDS);
            assertNotNull(firing, "the alert's webhook arrived");
            assertEquals("sha256=" + hmac(firing.body(), secret), firing.headers().getFirst("X-DeskRelay-Signature"));
            JsonObject alert = Json.createReader(new StringReader(new String(firing.body(), StandardCharsets.UTF_8)))
                    .readObject();
            assertEquals("alert.firing", alert.getString("type"));
            assertEquals("pc", alert.getJsonObject("alert").getString("deviceName"));
            assertEquals(95.0, alert.getJsonObject("alert").getJsonNumber("value").doubleValue());
            assertEquals("java", alert.getJsonObject("evidence").getJsonArray("processes").getJsonObject(0).getString("name"));
            assertFalse(alert.getJsonObject("evidence").getJsonArray("points").isEmpty(), alert.toString());
            Received rang = topics.poll(20, TimeUnit.SECONDS);
            assertNotNull(rang, "the alert's ntfy message arrived");
            assertEquals("[warning] CPU busy on pc: cpu 95 % (above 80)", rang.headers().getFirst("Title"));
            assertEquals("4", rang.headers().getFirst("Priority"));
            assertEquals("warning", rang.headers().getFirst("Tags"));
            assertTrue(smtp.waitForIncomingEmail(20_000, 2), "the alert's mail arrived");
            MimeMessage alertMail = smtp.getReceivedMessages()[1];
            assertEquals("[warning] CPU busy on pc: cpu 95 % (above 80)", alertMail.getSubject());
            assertTrue(((MimeMultipart) alertMail.getContent()).getBodyPart(1).isMimeType("image/png"));

            assertEquals(204, alice.delete("/api/alerts/rules/" + ruleId).statusCode());
            Received resolved = hooks.poll(20, TimeUnit.SECONDS);
            assertNotNull(resolved, "a removed rule's alert resolves for the channels as for the page");
            JsonObject removed = Json.createReader(new StringReader(new String(resolved.body(), StandardCharsets.UTF_8)))
                    .readObject();
            assertEquals("alert.resolved", removed.getString("type"));
            assertEquals(alert.getJsonObject("alert").get("id"), removed.getJsonObject("alert").get("id"), removed.toString());

            JsonObject status = awaitFailing(alice, gone.getString("id"));
            assertTrue(status.getString("lastError").contains("ConnectException"), status.toString());
            assertFalse(status.isNull("failingSince"));
            JsonObject hookStatus = statusOf(alice, hook.getString("id"));
            assertFalse(hookStatus.getBoolean("failing"), hookStatus.toString());
            assertFalse(hookStatus.isNull("lastSuccessAt"), hookStatus.toString());
            assertTrue(hookStatus.isNull("lastError") && hookStatus.isNull("failingSince"), hookStatus.toString());
            String log = relay.log();
            assertFalse(log.contains(secret) || log.contains(SMTP_PASSWORD) || log.contains("tk_ntfy-token"),
                    "no secret in the log");
        } finally {
            hookServer.stop(0);
            ntfyServer.stop(0);
            smtp.stop();
        }
    }

    /**
     * A device of the person's above a CPU rule's threshold: it fires at once, and its agent gives its processes.
     *
     * @return the rule's id
     */
    private static String fireACpuAlert(java.net.URL base, People.Person owner) {
        var agent = Parties.enrollAgent(base, "pc");
        var socket = Parties.signedIn(base, owner.token());
        socket.send(Parties.pair(agent.pairingCode())).next("paired");
        var rule = owner.client().post("/api/alerts/rules", Json.createObjectBuilder().add("name", "CPU busy")
                .add("deviceId", agent.deviceId()).add("metric", "cpu").add("comparison", "above").add("threshold", 80)
                .add("durationSeconds", 0).add("severity", "warning").add("repeatMinutes", 0).build());
        assertEquals(201, rule.statusCode(), rule.body());
        JsonObject action = null;
        long deadline = System.nanoTime() + RelayClient.WAIT.toNanos();
        while (action == null && System.nanoTime() < deadline) {
            agent.socket().send(Parties.telemetry(95));
            String text = agent.socket().poll(java.time.Duration.ofMillis(250));
            JsonObject message = text == null ? null : Json.createReader(new StringReader(text)).readObject();
            action = message != null && "action".equals(message.getString("type")) ? message : null;
        }
        assertNotNull(action, "the rule fired and the relay asked for the processes");
        assertEquals("processes", action.getString("action"));
        agent.socket().send("{\"type\":\"action_result\",\"id\":\"" + action.getString("id") + "\",\"ok\":true,"
                + "\"data\":{\"processes\":[{\"name\":\"java\",\"pid\":42,\"cpu\":88.0,\"memory\":123}]}}");
        RelayClient.closeAll(socket, agent.socket());
        return ApiClient.json(rule).getString("id");
    }

    private static JsonObject create(ApiClient client, String kind, String target, String secret) {
        var body = Json.createObjectBuilder().add("name", kind).add("kind", kind).add("target", target)
                .add("minSeverity", "info");
        if (secret != null) {
            body.add("secret", secret);
        }
        var answer = client.post("/api/alerts/channels", body.build());
        assertEquals(201, answer.statusCode(), answer.body());
        return ApiClient.json(answer);
    }

    /** Failing from its first failed try on, while the retries go on. */
    private static JsonObject awaitFailing(ApiClient client, String id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        JsonObject status = statusOf(client, id);
        while (!status.getBoolean("failing") && System.nanoTime() < deadline) {
            Thread.sleep(500);
            status = statusOf(client, id);
        }
        assertTrue(status.getBoolean("failing"), status.toString());
        return status;
    }

    private static JsonObject statusOf(ApiClient client, String id) {
        return ApiClient.json(client.get("/api/alerts/channels")).getJsonArray("channels").getValuesAs(JsonObject.class)
                .stream().filter(channel -> channel.getString("id").equals(id)).findFirst().orElseThrow()
                .getJsonObject("status");
    }

    private static HttpServer receiver(BlockingQueue<Received> received) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static String hmac(byte[] body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
