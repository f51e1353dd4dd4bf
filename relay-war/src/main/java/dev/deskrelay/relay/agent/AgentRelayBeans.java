package dev.deskrelay.relay.agent;

import java.util.List;
import java.util.Optional;

import dev.deskrelay.protocol.FilesystemUsage;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.protocol.SystemFacts;
import dev.deskrelay.relay.pairing.Device;
import dev.deskrelay.relay.pairing.Devices;
import dev.deskrelay.relay.pairing.EnrolledDevice;
import dev.deskrelay.relay.pairing.IssuedCode;
import dev.deskrelay.relay.pairing.PairingCodes;
import dev.deskrelay.relay.presence.DevicePresence;
import dev.deskrelay.relay.revocation.Revocations;
import dev.deskrelay.relay.telemetry.DeviceReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The container's beans as an agent's conversation uses them. */
@ApplicationScoped
public class AgentRelayBeans implements AgentRelay {

    @Inject
    Devices devices;
    @Inject
    PairingCodes pairingCodes;
    @Inject
    DevicePresence presence;
    @Inject
    DeviceReports reports;
    @Inject
    Revocations revocations;

    @Override
    public EnrolledDevice enroll(String name) {
        return devices.enroll(name);
    }

    @Override
    public Optional<Device> authenticate(String deviceId, String secret) {
        return devices.authenticate(deviceId, secret);
    }

    @Override
    public IssuedCode pairingCode(String deviceId) {
        return pairingCodes.issue(deviceId);
    }

    @Override
    public void online(String deviceId) {
        presence.online(deviceId);
    }

    @Override
    public void offline(String deviceId) {
        presence.offline(deviceId);
    }

    @Override
    public void sample(String deviceId, Sample sample) {
        reports.sample(deviceId, sample);
    }

    @Override
    public void system(String deviceId, SystemFacts facts) {
        reports.system(deviceId, facts);
    }

    @Override
    public void filesystems(String deviceId, List<FilesystemUsage> usage) {
        reports.filesystems(deviceId, usage);
    }

    @Override
    public void removeDevice(String deviceId) {
        revocations.removeDevice(deviceId, "the computer's agent");
    }
}
