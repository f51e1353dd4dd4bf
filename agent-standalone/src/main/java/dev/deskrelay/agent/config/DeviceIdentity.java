package dev.deskrelay.agent.config;

import java.util.Optional;
import java.util.logging.Logger;

/** Who this agent is at one relay: its stored credential if it has one there, else a name to enroll with. */
public final class DeviceIdentity {

    private static final Logger LOG = Logger.getLogger(DeviceIdentity.class.getName());

    private final ConfigFile file;
    private final String relay;
    private final String name;
    private volatile Credential credential;

    private DeviceIdentity(ConfigFile file, String relay, String name, Credential credential) {
        this.file = file;
        this.relay = relay;
        this.name = name;
        this.credential = credential;
    }

    public static DeviceIdentity at(String relay, String name, ConfigFile file, AgentConfig config) {
        Credential stored = config.credentialFor(relay).orElse(null);
        if (stored == null && config.credential() != null) {
            LOG.info("the stored credential belongs to " + config.credential().relay() + "; enrolling anew at " + relay);
        }
        return new DeviceIdentity(file, relay, name, stored);
    }

    public Optional<Credential> credential() {
        return Optional.ofNullable(credential);
    }

    public String name() {
        return name;
    }

    /** Saves a newly issued credential before anything else happens, so a crash cannot lose it. */
    public void remember(String deviceId, String secret, String issuedName) {
        Credential issued = new Credential(relay, deviceId, secret, issuedName);
        file.update(config -> config.withCredential(issued));
        credential = issued;
    }
}
