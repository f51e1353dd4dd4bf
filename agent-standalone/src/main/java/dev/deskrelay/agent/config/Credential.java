package dev.deskrelay.agent.config;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** What the agent proves itself with; it belongs to the one relay that issued it. */
@JsonbPropertyOrder({"relay", "deviceId", "secret", "name"})
public record Credential(String relay, String deviceId, String secret, String name) {

    boolean isComplete() {
        return isPresent(relay) && isPresent(deviceId) && isPresent(secret);
    }

    private static boolean isPresent(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "Credential[relay=" + relay + ", deviceId=" + deviceId + ", name=" + name + "]";
    }
}
