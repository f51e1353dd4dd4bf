package dev.deskrelay.agent.credentials;

/** What the agent proves itself with; it belongs to the one relay that issued it. */
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
