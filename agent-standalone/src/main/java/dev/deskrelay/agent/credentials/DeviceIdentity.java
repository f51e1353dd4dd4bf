package dev.deskrelay.agent.credentials;

import java.util.Optional;
import java.util.logging.Logger;

/** Who this agent is at one relay: its stored credential if it has one there, else a name to enroll with. */
public final class DeviceIdentity {

    private static final Logger LOG = Logger.getLogger(DeviceIdentity.class.getName());

    private final CredentialStore store;
    private final String relay;
    private final String name;
    private volatile Credential credential;

    private DeviceIdentity(CredentialStore store, String relay, String name, Credential credential) {
        this.store = store;
        this.relay = relay;
        this.name = name;
        this.credential = credential;
    }

    public static DeviceIdentity load(CredentialStore store, String relay, String name) {
        Credential stored = store.load().orElse(null);
        if (stored != null && !stored.relay().equals(relay)) {
            LOG.info("the stored credential belongs to " + stored.relay() + "; enrolling anew at " + relay);
            stored = null;
        }
        return new DeviceIdentity(store, relay, name, stored);
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
        store.save(issued);
        credential = issued;
    }
}
