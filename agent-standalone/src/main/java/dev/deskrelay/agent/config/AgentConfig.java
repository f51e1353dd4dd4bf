package dev.deskrelay.agent.config;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * What the config file holds: the settings the person at the computer chose, and the credential
 * the relay issued. A value that was never set is null and stays out of the file.
 *
 * @param relay      the relay to connect to
 * @param name       the device name to enroll with
 * @param interval   seconds between telemetry samples
 * @param actions    per action, whether viewers may run it
 * @param credential the device's credential at {@code credential.relay}
 */
@JsonbPropertyOrder({"relay", "name", "interval", "actions", "credential"})
public record AgentConfig(String relay, String name, BigDecimal interval, Map<String, Boolean> actions,
        Credential credential) {

    public static final AgentConfig EMPTY = new AgentConfig(null, null, null, null, null);

    public AgentConfig {
        actions = actions == null ? null : Collections.unmodifiableMap(new TreeMap<>(actions));
    }

    /** The stored credential if it was issued by this relay: a credential is worthless anywhere else. */
    public Optional<Credential> credentialFor(String relayUrl) {
        return Optional.ofNullable(credential).filter(stored -> stored.relay().equals(relayUrl));
    }

    public AgentConfig withRelay(String newRelay) {
        return new AgentConfig(newRelay, name, interval, actions, credential);
    }

    public AgentConfig withCredential(Credential newCredential) {
        return new AgentConfig(relay, name, interval, actions, newCredential);
    }

    /** Lists every one of these actions, allowed unless the file already says otherwise, so people see what they can turn off. */
    public AgentConfig withActionsListed(Collection<String> names) {
        Map<String, Boolean> listed = new TreeMap<>(actions == null ? Map.of() : actions);
        names.forEach(action -> listed.putIfAbsent(action, true));
        return new AgentConfig(relay, name, interval, listed, credential);
    }
}
