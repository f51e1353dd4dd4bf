package dev.deskrelay.relay.alerts.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

class WebhookTest {

    @Test
    void signsWithHmacSha256InLowerCaseHex() {
        // RFC 4231, test case 2
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                Webhook.sign("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII), "Jefe"));
    }

    @Test
    void theSignatureIsOfTheExactBodyBytes() {
        Webhook webhook = Webhook.of(Notices.cpuFiring(), "s3cret");

        assertEquals("sha256=" + Webhook.sign(webhook.body(), "s3cret"), webhook.signature());
        assertNotEquals(webhook.signature(), "sha256=" + Webhook.sign(webhook.body(), "other"));
    }

    @Test
    void theBodyCarriesTheAlertAndItsEvidence() {
        JsonObject body = json(Webhook.of(Notices.cpuFiring(), "s").body());

        assertEquals("alert.firing", body.getString("type"));
        JsonObject alert = body.getJsonObject("alert");
        assertEquals(12, alert.getInt("id"));
        assertEquals("CPU busy", alert.getString("ruleName"));
        assertEquals("pc", alert.getString("deviceName"));
        assertEquals(97.5, alert.getJsonNumber("value").doubleValue());
        assertEquals(90, alert.getJsonNumber("threshold").doubleValue());
        assertEquals(Notices.AT, alert.getJsonNumber("at").longValue());
        JsonObject evidence = body.getJsonObject("evidence");
        assertEquals(3, evidence.getJsonArray("points").size());
        assertEquals("java", evidence.getJsonArray("processes").getJsonObject(0).getString("name"));
        assertTrue(evidence.isNull("processesUnavailable"), "absent values are null, as in the API");
    }

    @Test
    void aTestIsTypedTestAndEveryDeliveryHasItsOwnId() {
        var test = new dev.deskrelay.relay.alerts.AlertNotice("test", 0, "a-1", "c-1", "Test of channel ops", "info",
                null, null, null, null, null, null, null, Notices.AT, null);
        Webhook first = Webhook.of(test, "s");

        assertEquals("test", json(first.body()).getString("type"));
        assertTrue(first.deliveryId().matches("[0-9a-f-]{36}"), first.deliveryId());
        assertNotEquals(first.deliveryId(), Webhook.of(test, "s").deliveryId());
    }

    private static JsonObject json(byte[] body) {
        return Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8))).readObject();
    }
}
