package dev.deskrelay.bench.wire;

/**
 * The first prototype's {@code /ws} frames (docs/protocol.md, "The prototype protocol"). The
 * server forwards any JSON unchanged, so the bench adds what it needs to measure: a {@code stamp}
 * and the sender's client id to each cpu event, and an {@code id} to each beep, which the
 * simulated desktop answers with a {@code beep_result} (the prototype had no results; any /ws
 * server forwards this one like every other frame).
 */
public final class PrototypeMessages {

    private PrototypeMessages() {
    }

    public record Authentication(String clientId, String mode) {
        public String json() {
            return "{\"event\":\"authentication\",\"client_id\":" + JsonText.quote(clientId) + ",\"client_mode\":"
                    + JsonText.quote(mode) + "}";
        }
    }

    public record Cpu(double value, long stamp, String clientId) {
        public String json() {
            return "{\"event\":\"cpu\",\"value\":" + JsonText.number(value) + ",\"stamp\":" + stamp + ",\"client\":"
                    + JsonText.quote(clientId) + "}";
        }
    }

    public record Beep(String id) {
        public String json() {
            return "{\"event\":\"beep\",\"id\":" + JsonText.quote(id) + "}";
        }
    }

    public record BeepResult(String id) {
        public String json() {
            return "{\"event\":\"beep_result\",\"id\":" + JsonText.quote(id) + ",\"method\":\"bell\"}";
        }
    }
}
