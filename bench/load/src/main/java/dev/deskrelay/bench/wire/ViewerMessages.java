package dev.deskrelay.bench.wire;

/** What a simulated viewer sends (docs/protocol.md, "Viewer → relay"). */
public final class ViewerMessages {

    private ViewerMessages() {
    }

    public record Pair(String code) {
        public String json() {
            return "{\"type\":\"pair\",\"code\":" + JsonText.quote(code) + "}";
        }
    }

    /** The first message of every connection, with the viewer's API token (docs/protocol.md). */
    public record Authenticate(String token) {
        public String json() {
            return "{\"type\":\"authenticate\",\"token\":" + JsonText.quote(token) + "}";
        }
    }

    /** A beep: the action a person presses most, with no arguments. */
    public record Beep(String id, String deviceId) {
        public String json() {
            return "{\"type\":\"action\",\"id\":" + JsonText.quote(id) + ",\"deviceId\":" + JsonText.quote(deviceId)
                    + ",\"action\":\"beep\",\"args\":{}}";
        }
    }
}
