package dev.deskrelay.agent.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceIdentityTest {

    @TempDir
    Path home;

    @Test
    void aCredentialFromTheSameRelayIsUsed() {
        Credential stored = new Credential("ws://a:8080", "d-1", "secret", "box");
        AgentConfig config = AgentConfig.EMPTY.withCredential(stored);

        assertEquals(Optional.of(stored), DeviceIdentity.at("ws://a:8080", "box", file(), config).credential());
    }

    @Test
    void aCredentialFromAnotherRelayIsNotUsed() {
        AgentConfig config = AgentConfig.EMPTY.withCredential(new Credential("ws://a:8080", "d-1", "secret", "box"));

        assertEquals(Optional.empty(), DeviceIdentity.at("ws://b:8080", "box", file(), config).credential());
    }

    @Test
    void anIssuedCredentialIsSavedForThisRelayBesideTheSettings() {
        ConfigFile file = file();
        AgentConfig settings = new AgentConfig("ws://b:8080", "box", BigDecimal.TEN, Map.of("beep", false), null);
        file.save(settings);
        DeviceIdentity identity = DeviceIdentity.at("ws://b:8080", "box", file, settings);

        identity.remember("d-2", "fresh", "box");

        Credential expected = new Credential("ws://b:8080", "d-2", "fresh", "box");
        assertEquals(Optional.of(expected), identity.credential());
        assertEquals(settings.withCredential(expected), file.load());
    }

    private ConfigFile file() {
        return new ConfigFile(home.resolve("agent.json"));
    }
}
