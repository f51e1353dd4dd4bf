package dev.deskrelay.bench.wire;

/** What a simulated agent sends (docs/protocol.md, "Agent → relay"). */
public final class AgentMessages {

    private AgentMessages() {
    }

    public record Enroll(String name) {
        public String json() {
            return "{\"type\":\"enroll\",\"name\":" + JsonText.quote(name) + "}";
        }
    }

    /** Every connection after the first, with what {@code enrolled} gave. */
    public record Authenticate(String deviceId, String secret) {
        public String json() {
            return "{\"type\":\"authenticate\",\"deviceId\":" + JsonText.quote(deviceId) + ",\"secret\":"
                    + JsonText.quote(secret) + "}";
        }
    }

    /** For an agent that lost its socket between {@code enrolled} and its pairing code. */
    public record RequestPairingCode() {
        public String json() {
            return "{\"type\":\"request_pairing_code\"}";
        }
    }

    /** Once after each authentication, as the real agent does. */
    public record SystemInfo(String hostname, int logicalCores, long memoryTotal) {
        public String json() {
            return "{\"type\":\"system_info\",\"system\":{\"hostname\":" + JsonText.quote(hostname)
                    + ",\"os\":\"Debian GNU/Linux\",\"osVersion\":\"12 (bookworm)\",\"cpuModel\":\"DeskRelay bench CPU\""
                    + ",\"logicalCores\":" + logicalCores + ",\"physicalCores\":" + logicalCores / 2
                    + ",\"memoryTotal\":" + memoryTotal + ",\"agentVersion\":\"bench\"}}";
        }
    }

    /** Every 10 s, as the real agent does: one root filesystem. */
    public record Filesystems(long used, long total) {
        public String json() {
            return "{\"type\":\"filesystems\",\"filesystems\":[{\"mount\":\"/\",\"type\":\"ext4\",\"space\":{\"used\":"
                    + used + ",\"total\":" + total + "}}]}";
        }
    }

    /** The answer to every action: a beep by terminal bell, as an agent without a sound card answers. */
    public record BellResult(String id) {
        public String json() {
            return "{\"type\":\"action_result\",\"id\":" + JsonText.quote(id) + ",\"ok\":true,\"data\":{\"method\":\"bell\"}}";
        }
    }
}
