package dev.deskrelay.protocol;

/** What a machine is, told once per connection. {@code memoryTotal} is in bytes. */
public record SystemFacts(String hostname, String os, String osVersion, String cpuModel, int logicalCores,
        int physicalCores, long memoryTotal, String agentVersion) {

    public SystemFacts {
        Require.optionalName(hostname, "hostname", 255);
        Require.optionalText(os, "os", 255);
        Require.optionalText(osVersion, "osVersion", 255);
        Require.optionalText(cpuModel, "cpuModel", 255);
        Require.optionalText(agentVersion, "agentVersion", 64);
    }
}
