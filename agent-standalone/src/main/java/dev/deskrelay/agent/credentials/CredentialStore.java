package dev.deskrelay.agent.credentials;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;

/**
 * Reads and writes the credential file. The directory is created 0700 and the file 0600 from the
 * start, so the secret is never readable by others, not even for a moment.
 */
public final class CredentialStore {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    private final Path file;

    public CredentialStore(Path file) {
        this.file = file.toAbsolutePath();
    }

    public Path file() {
        return file;
    }

    public Optional<Credential> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Credential credential;
        try {
            credential = JSONB.fromJson(Files.readString(file), Credential.class);
        } catch (IOException | JsonbException e) {
            throw unreadable(e.getMessage(), e);
        }
        if (credential == null || !credential.isComplete()) {
            throw unreadable("relay, deviceId or secret is missing", null);
        }
        return Optional.of(credential);
    }

    public void save(Credential credential) {
        Path directory = file.getParent();
        try {
            Files.createDirectories(directory, privateTo("rwx------"));
            // write a private temporary file, then rename it over the old one: a crash mid-write
            // leaves the previous credential intact
            Path temporary = Files.createTempFile(directory, ".agent", ".tmp", privateTo("rw-------"));
            try {
                Files.writeString(temporary, JSONB.toJson(credential));
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new CredentialFileException("cannot save the credential to " + file + ": " + e, e);
        }
    }

    /** @return whether there was a credential to delete */
    public boolean forget() {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new CredentialFileException("cannot delete the credential file " + file + ": " + e, e);
        }
    }

    private FileAttribute<?>[] privateTo(String permissions) {
        // Windows has no POSIX permissions; a user's profile there is private already
        return file.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }

    private CredentialFileException unreadable(String reason, Throwable cause) {
        return new CredentialFileException("cannot read the credential file " + file + ": " + reason
                + " (fix it, or delete it or run with --forget to enroll as a new device)", cause);
    }
}
