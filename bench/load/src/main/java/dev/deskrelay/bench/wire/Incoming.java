package dev.deskrelay.bench.wire;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;

/**
 * A frame from the relay (or the echo endpoint), read into the few fields the generator checks.
 * Anything the generator does not look into arrives as {@link DeviceNotice} (it is about one
 * device, which the viewer checks is its own) or {@link Other}.
 */
public sealed interface Incoming {

    /** A factory made once: looking the JSON-P provider up per frame would cost more than the parse. */
    JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    record Enrolled(String deviceId, String secret) implements Incoming {
    }

    /**
     * The answer to {@code authenticate}: an agent's names its one device, a viewer's lists every
     * device its token holds.
     */
    record Authenticated(List<String> deviceIds) implements Incoming {
    }

    record PairingCode(String code) implements Incoming {
    }

    /** An action for an agent; also what the echo endpoint sends back, having been sent one. */
    record Action(String id, String action) implements Incoming {
    }

    record Paired(String deviceId) implements Incoming {
    }

    /** {@code stamp} and {@code agent} are the bookkeeping {@link TelemetrySample} carries. */
    record Telemetry(String deviceId, long at, long stamp, long agent) implements Incoming {
    }

    record ActionResult(String id, String deviceId, boolean ok, String code, String method) implements Incoming {
    }

    record Error(String code) implements Incoming {
    }

    /** system_info, filesystems, history, presence, ...: about one device. */
    record DeviceNotice(String type, String deviceId) implements Incoming {
    }

    record Other(String type) implements Incoming {
    }

    /** @throws IllegalArgumentException when the frame is not a JSON object with a string type */
    static Incoming parse(String text) {
        JsonObject json = object(text);
        try {
            return read(json);
        } catch (NullPointerException | ClassCastException e) {
            throw new IllegalArgumentException("a frame without the fields its type has", e);
        }
    }

    private static Incoming read(JsonObject json) {
        String type = json.getString("type", null);
        if (type == null) {
            throw new IllegalArgumentException("a frame without a type");
        }
        return switch (type) {
            case "enrolled" -> new Enrolled(json.getString("deviceId"), json.getString("secret"));
            case "authenticated" -> authenticated(json);
            case "pairing_code" -> new PairingCode(json.getString("code"));
            case "action" -> new Action(json.getString("id"), json.getString("action", null));
            case "paired" -> new Paired(json.getJsonObject("device").getString("id"));
            case "telemetry" -> telemetry(json);
            case "action_result" -> new ActionResult(json.getString("id"), json.getString("deviceId", null),
                    json.getBoolean("ok"), json.getString("code", null), method(json));
            case "error" -> new Error(json.getString("code", null));
            default -> json.get("deviceId") instanceof jakarta.json.JsonString deviceId
                    ? new DeviceNotice(type, deviceId.getString()) : new Other(type);
        };
    }

    private static Authenticated authenticated(JsonObject json) {
        JsonArray devices = json.getJsonArray("devices");
        return new Authenticated(devices == null ? List.of(json.getString("deviceId"))
                : devices.getValuesAs(JsonObject.class).stream().map(device -> device.getString("id")).toList());
    }

    private static Telemetry telemetry(JsonObject json) {
        JsonObject sample = json.getJsonObject("sample");
        JsonValue uptime = sample.get("uptime");
        JsonObject memory = sample.getJsonObject("memory");
        return new Telemetry(json.getString("deviceId"), json.getJsonNumber("at").longValue(),
                uptime instanceof JsonNumber number ? number.longValue() : -1,
                memory == null ? -1 : SampleMaker.agentOf(memory.getJsonNumber("used").longValue()));
    }

    private static String method(JsonObject json) {
        JsonValue data = json.get("data");
        return data instanceof JsonObject object ? object.getString("method", null) : null;
    }

    static JsonObject object(String text) {
        try (var reader = READERS.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("not the JSON expected: " + e.getMessage(), e);
        }
    }
}
