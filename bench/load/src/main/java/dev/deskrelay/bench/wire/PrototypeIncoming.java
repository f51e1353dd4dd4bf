package dev.deskrelay.bench.wire;

import jakarta.json.JsonObject;

/** A frame a {@code /ws} client receives: what its counterpart sent, unchanged. */
public sealed interface PrototypeIncoming {

    record Cpu(long stamp, String clientId) implements PrototypeIncoming {
    }

    record Beep(String id) implements PrototypeIncoming {
    }

    record BeepResult(String id) implements PrototypeIncoming {
    }

    record Other(String event) implements PrototypeIncoming {
    }

    /** @throws IllegalArgumentException when the frame is not a JSON object with a string event */
    static PrototypeIncoming parse(String text) {
        JsonObject json = Incoming.object(text);
        String event = json.getString("event", null);
        if (event == null) {
            throw new IllegalArgumentException("a frame without an event");
        }
        try {
            return switch (event) {
                case "cpu" -> new Cpu(json.getJsonNumber("stamp").longValue(), json.getString("client"));
                case "beep" -> new Beep(json.getString("id"));
                case "beep_result" -> new BeepResult(json.getString("id"));
                default -> new Other(event);
            };
        } catch (NullPointerException | ClassCastException e) {
            throw new IllegalArgumentException("a " + event + " event without its fields", e);
        }
    }
}
