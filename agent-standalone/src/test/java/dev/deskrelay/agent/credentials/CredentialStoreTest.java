package dev.deskrelay.agent.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialStoreTest {

    private static final Credential CREDENTIAL = new Credential("ws://localhost:8080", "d-1", "s3cret", "ada-laptop");

    @TempDir
    Path home;

    @Test
    void aSavedCredentialReadsBackTheSame() {
        CredentialStore store = storeIn("deskrelay/agent.json");

        store.save(CREDENTIAL);

        assertEquals(Optional.of(CREDENTIAL), new CredentialStore(store.file()).load());
    }

    @Test
    void theFileIsWrittenAsJsonWithTheFourFields() throws IOException {
        CredentialStore store = storeIn("deskrelay/agent.json");

        store.save(CREDENTIAL);

        String json = Files.readString(store.file());
        for (String field : new String[] {"\"relay\"", "\"deviceId\"", "\"secret\"", "\"name\""}) {
            assertTrue(json.contains(field), json);
        }
    }

    @Test
    void onlyTheOwnerCanReadTheDirectoryAndTheFile() throws IOException {
        CredentialStore store = storeIn("config/deskrelay/agent.json");

        store.save(CREDENTIAL);

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file().getParent())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
    }

    @Test
    void savingAgainReplacesTheCredentialAndLeavesNoTemporaryFile() throws IOException {
        CredentialStore store = storeIn("deskrelay/agent.json");
        Credential newer = new Credential("ws://other:8080", "d-2", "other", "ada-laptop");

        store.save(CREDENTIAL);
        store.save(newer);

        assertEquals(Optional.of(newer), store.load());
        try (var files = Files.list(store.file().getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void noFileMeansNoCredential() {
        assertEquals(Optional.empty(), storeIn("deskrelay/agent.json").load());
    }

    @Test
    void aDamagedFileIsReportedNotIgnored() throws IOException {
        CredentialStore store = storeIn("agent.json");
        Files.writeString(store.file(), "{\"relay\":\"ws://localhost:8080\"}");

        CredentialFileException error = assertThrows(CredentialFileException.class, store::load);
        assertTrue(error.getMessage().contains(store.file().toString()), error.getMessage());
    }

    @Test
    void forgettingDeletesTheFile() {
        CredentialStore store = storeIn("deskrelay/agent.json");
        store.save(CREDENTIAL);

        assertTrue(store.forget());

        assertFalse(Files.exists(store.file()));
        assertFalse(store.forget());
    }

    @Test
    void theSecretStaysOutOfToString() {
        assertFalse(CREDENTIAL.toString().contains("s3cret"));
    }

    private CredentialStore storeIn(String relativePath) {
        return new CredentialStore(home.resolve(relativePath));
    }
}
