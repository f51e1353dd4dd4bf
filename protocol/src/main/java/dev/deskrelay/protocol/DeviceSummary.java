package dev.deskrelay.protocol;

/**
 * What a viewer is told about one of its devices; {@code lastSeen} is epoch milliseconds or null,
 * {@code role} what this viewer may do with it ({@code owner}, {@code operator}, {@code viewer}).
 */
public record DeviceSummary(String id, String name, boolean online, Long lastSeen, String role) {

    /** The device as one viewer holds it. */
    public DeviceSummary withRole(String viewersRole) {
        return new DeviceSummary(id, name, online, lastSeen, viewersRole);
    }
}
