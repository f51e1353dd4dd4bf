package dev.deskrelay.agent.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceIdentityTest {

    @TempDir
    Path home;

    @Test
    void aCredentialFromTheSameRelayIsUsed() {
        CredentialStore store = new CredentialStore(home.resolve("agent.json"));
        Credential stored = new Credential("ws://a:8080", "d-1", "secret", "box");
        store.save(stored);

        assertEquals(Optional.of(stored), DeviceIdentity.load(store, "ws://a:8080", "box").credential());
    }

    @Test
    void aCredentialFromAnotherRelayIsNotUsed() {
        CredentialStore store = new CredentialStore(home.resolve("agent.json"));
        store.save(new Credential("ws://a:8080", "d-1", "secret", "box"));

        assertEquals(Optional.empty(), DeviceIdentity.load(store, "ws://b:8080", "box").credential());
    }

    @Test
    void anIssuedCredentialIsSavedForThisRelay() {
        CredentialStore store = new CredentialStore(home.resolve("agent.json"));
        DeviceIdentity identity = DeviceIdentity.load(store, "ws://b:8080", "box");

        identity.remember("d-2", "fresh", "box");

        Credential expected = new Credential("ws://b:8080", "d-2", "fresh", "box");
        assertEquals(Optional.of(expected), identity.credential());
        assertEquals(Optional.of(expected), store.load());
    }
}
