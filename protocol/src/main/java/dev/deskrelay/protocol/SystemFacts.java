package dev.deskrelay.protocol;

/** What a machine is, told once per connection. {@code memoryTotal} is in bytes. */
public record SystemFacts(String hostname, String os, String osVersion, String cpuModel, int logicalCores,
        int physicalCores, long memoryTotal, String agentVersion) {
}
