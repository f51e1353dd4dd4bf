package dev.deskrelay.agent.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    private static final Credential CREDENTIAL = new Credential("ws://localhost:8080", "d-1", "s3cret", "ada-laptop");
    private static final AgentConfig FULL = new AgentConfig("ws://localhost:8080", "ada-laptop", new BigDecimal("0.5"),
            Map.of("beep", true, "processes", false), CREDENTIAL);

    @TempDir
    Path home;

    @Test
    void settingsAndCredentialReadBackTheSame() {
        ConfigFile file = fileAt("deskrelay/agent.json");

        file.save(FULL);

        assertEquals(FULL, new ConfigFile(file.path()).load());
    }

    @Test
    void theFileIsReadableJsonWithTheSettingsFirstAndTheCredentialNested() throws IOException {
        ConfigFile file = fileAt("deskrelay/agent.json");

        file.save(FULL);

        String text = Files.readString(file.path());
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        assertEquals(List.of("relay", "name", "interval", "actions", "credential"), List.copyOf(json.keySet()));
        assertEquals(0.5, json.getJsonNumber("interval").doubleValue());
        assertFalse(json.getJsonObject("actions").getBoolean("processes"));
        assertEquals("s3cret", json.getJsonObject("credential").getString("secret"));
        assertTrue(text.lines().count() > 5, "formatted for people:\n" + text);
    }

    @Test
    void settingsNeverSetStayOutOfTheFile() throws IOException {
        ConfigFile file = fileAt("agent.json");

        file.save(AgentConfig.EMPTY.withRelay("ws://relay:8080"));

        JsonObject json = Json.createReader(new StringReader(Files.readString(file.path()))).readObject();
        assertEquals(List.of("relay"), List.copyOf(json.keySet()));
    }

    @Test
    void onlyTheOwnerCanReadTheDirectoryAndTheFile() throws IOException {
        ConfigFile file = fileAt("config/deskrelay/agent.json");

        file.save(FULL);

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path().getParent())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())));
    }

    @Test
    void anUpdateKeepsWhatItDoesNotTouchAndLeavesNoTemporaryFile() throws IOException {
        ConfigFile file = fileAt("deskrelay/agent.json");
        file.save(FULL);

        AgentConfig updated = file.update(config -> config.withRelay("wss://elsewhere"));

        assertEquals(updated, file.load());
        assertEquals("wss://elsewhere", updated.relay());
        assertEquals(FULL.interval(), updated.interval());
        assertEquals(FULL.actions(), updated.actions());
        assertEquals(CREDENTIAL, updated.credential());
        try (var files = Files.list(file.path().getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void anUpdateThatChangesNothingDoesNotCreateTheFile() {
        ConfigFile file = fileAt("deskrelay/agent.json");

        file.update(config -> config);

        assertFalse(Files.exists(file.path()));
    }

    @Test
    void noFileMeansNothingConfigured() {
        assertEquals(AgentConfig.EMPTY, fileAt("deskrelay/agent.json").load());
    }

    @Test
    void aCredentialOnlyFileFromBeforeSettingsIsReadAsThatCredentialAndItsRelay() throws IOException {
        ConfigFile file = fileAt("agent.json");
        Files.writeString(file.path(), """
                {"relay": "ws://localhost:8080", "deviceId": "d-1", "secret": "s3cret", "name": "ada-laptop"}""");

        AgentConfig config = file.load();

        assertEquals("ws://localhost:8080", config.relay());
        assertEquals(CREDENTIAL, config.credential());
        assertNull(config.name());
    }

    @Test
    void aDamagedFileIsReportedNotIgnored() throws IOException {
        ConfigFile file = fileAt("agent.json");
        Files.writeString(file.path(), "{\"relay\": \"ws://h:1\", \"credential\": {\"relay\": \"ws://h:1\"}}");

        ConfigFileException error = assertThrows(ConfigFileException.class, file::load);
        assertTrue(error.getMessage().contains(file.path().toString()), error.getMessage());

        Files.writeString(file.path(), "{\"relay\": ");
        assertThrows(ConfigFileException.class, file::load);
        Files.writeString(file.path(), "{\"interval\": \"fast\"}");
        assertThrows(ConfigFileException.class, file::load);
    }

    @Test
    void theCredentialCountsOnlyAtTheRelayThatIssuedIt() {
        assertEquals(Optional.of(CREDENTIAL), FULL.credentialFor("ws://localhost:8080"));
        assertEquals(Optional.empty(), FULL.credentialFor("ws://other:8080"));
        assertEquals(Optional.empty(), AgentConfig.EMPTY.credentialFor("ws://localhost:8080"));
    }

    @Test
    void listingActionsAddsTheMissingOnesAllowedAndKeepsTheSwitchesSet() {
        AgentConfig listed = FULL.withActionsListed(List.of("beep", "notify", "processes"));

        assertEquals(Map.of("beep", true, "notify", true, "processes", false), listed.actions());
    }

    @Test
    void theSecretStaysOutOfToString() {
        assertFalse(CREDENTIAL.toString().contains("s3cret"));
        assertFalse(FULL.toString().contains("s3cret"));
    }

    private ConfigFile fileAt(String relativePath) {
        return new ConfigFile(home.resolve(relativePath));
    }
}
