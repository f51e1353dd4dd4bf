package dev.deskrelay.agent.telemetry;

import java.net.InetAddress;
import java.net.UnknownHostException;

import dev.deskrelay.protocol.SystemFacts;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.software.os.OperatingSystem;

/** What the machine is: told once per connection, since the hostname may change while the agent runs. */
final class SystemFactsReader {

    private SystemFactsReader() {
    }

    static SystemFacts read(SystemInfo system, String agentVersion) {
        OperatingSystem os = system.getOperatingSystem();
        HardwareAbstractionLayer hardware = system.getHardware();
        CentralProcessor processor = hardware.getProcessor();
        return new SystemFacts(hostname(os), os.getFamily(), os.getVersionInfo().toString(),
                processor.getProcessorIdentifier().getName().trim(), processor.getLogicalProcessorCount(),
                processor.getPhysicalProcessorCount(), hardware.getMemory().getTotal(), agentVersion);
    }

    /** @return null when the machine can't tell, so the field is left out */
    private static String hostname(OperatingSystem os) {
        String hostname = os.getNetworkParams().getHostName();
        if (hostname != null && !hostname.isBlank()) {
            return hostname;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
