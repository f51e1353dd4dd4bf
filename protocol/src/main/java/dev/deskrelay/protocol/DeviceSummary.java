package dev.deskrelay.protocol;

/** What a viewer is told about one of its devices; {@code lastSeen} is epoch milliseconds or null. */
public record DeviceSummary(String id, String name, boolean online, Long lastSeen) {
}
