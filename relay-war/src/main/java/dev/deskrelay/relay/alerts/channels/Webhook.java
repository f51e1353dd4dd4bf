package dev.deskrelay.relay.alerts.channels;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.deskrelay.relay.alerts.AlertNotice;
import dev.deskrelay.relay.alerts.Evidence;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * A webhook's request: the JSON body, its HMAC-SHA256 signature with the channel's secret (the
 * secret's UTF-8 bytes as the key, the exact body bytes as the message), and a delivery id that
 * stays the same through the retries, so a receiver can drop a repeat (docs/operations.md). Absent
 * values are null, as in the API's alerts.
 */
record Webhook(byte[] body, String signature, String deliveryId) {

    static final String SIGNATURE_HEADER = "X-DeskRelay-Signature";
    static final String DELIVERY_HEADER = "X-DeskRelay-Delivery";
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    /** The body: {@code type} is {@code alert.firing}, {@code alert.repeat}, {@code alert.resolved} or {@code test}. */
    public record Body(String type, Alert alert, Evidence evidence) {
    }

    /** The notice's fields; {@code id} 0 for a test. */
    public record Alert(long id, String ruleName, String severity, String deviceId, String deviceName, String metric,
            String comparison, Double threshold, Double value, String unit, long at) {
    }

    static Webhook of(AlertNotice notice, String secret) {
        String type = TestNotice.KIND.equals(notice.kind()) ? TestNotice.KIND : "alert." + notice.kind();
        var alert = new Alert(notice.alertId(), notice.ruleName(), notice.severity(), notice.deviceId(),
                notice.deviceName(), notice.metric(), notice.comparison(), notice.threshold(), notice.value(),
                notice.unit(), notice.at());
        byte[] body = JSON.toJson(new Body(type, alert, notice.evidence())).getBytes(StandardCharsets.UTF_8);
        return new Webhook(body, "sha256=" + sign(body, secret), UUID.randomUUID().toString());
    }

    /** Lower-case hex of HMAC-SHA256(key = the secret's UTF-8 bytes, message = body). */
    static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
