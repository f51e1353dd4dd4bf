package dev.deskrelay.relay.agent;

import java.util.List;
import java.util.Optional;

import dev.deskrelay.protocol.FilesystemUsage;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.protocol.SystemFacts;
import dev.deskrelay.relay.pairing.Device;
import dev.deskrelay.relay.pairing.EnrolledDevice;
import dev.deskrelay.relay.pairing.IssuedCode;

/**
 * What an agent's conversation asks of the relay besides routing and actions: the database's
 * devices and pairing codes, presence and reports. An interface so the conversation is tested
 * without the container; {@link AgentRelayBeans} is the container's.
 */
public interface AgentRelay {

    EnrolledDevice enroll(String name);

    Optional<Device> authenticate(String deviceId, String secret);

    IssuedCode pairingCode(String deviceId);

    void online(String deviceId);

    void offline(String deviceId);

    void sample(String deviceId, Sample sample);

    void system(String deviceId, SystemFacts facts);

    void filesystems(String deviceId, List<FilesystemUsage> usage);

    /** The device, its grants and code are deleted; its viewers and agent sockets are told. */
    void removeDevice(String deviceId);
}
