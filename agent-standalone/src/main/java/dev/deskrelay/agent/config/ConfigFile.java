package dev.deskrelay.agent.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.UnaryOperator;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;

/**
 * Reads and writes the per-user config file. The directory is created 0700 and the file 0600 from
 * the start, so the secret in it is never readable by others, not even for a moment. A file from
 * before settings existed held just the credential; it is read as that credential and its relay.
 */
public final class ConfigFile {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    private final Path path;

    public ConfigFile(Path path) {
        this.path = path.toAbsolutePath();
    }

    public Path path() {
        return path;
    }

    /** @return {@link AgentConfig#EMPTY} when there is no file yet */
    public AgentConfig load() {
        if (!Files.exists(path)) {
            return AgentConfig.EMPTY;
        }
        AgentConfig config;
        try {
            String text = Files.readString(path);
            JsonObject json = Json.createReader(new StringReader(text)).readObject();
            config = json.containsKey("deviceId") ? credentialOnly(JSONB.fromJson(text, Credential.class))
                    : JSONB.fromJson(text, AgentConfig.class);
        } catch (IOException | JsonException | JsonbException e) {
            throw unreadable(e.getMessage(), e);
        }
        if (config.credential() != null && !config.credential().isComplete()) {
            throw unreadable("the credential's relay, deviceId or secret is missing", null);
        }
        return config;
    }

    public void save(AgentConfig config) {
        Path directory = path.getParent();
        try {
            Files.createDirectories(directory, privateTo("rwx------"));
            // write a private temporary file, then rename it over the old one: a crash mid-write
            // leaves the previous file intact
            Path temporary = Files.createTempFile(directory, ".agent", ".tmp", privateTo("rw-------"));
            try {
                Files.writeString(temporary, JSONB.toJson(config) + System.lineSeparator());
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new ConfigFileException("cannot save " + path + ": " + e, e);
        }
    }

    /** Reads, changes and writes back, keeping everything the change does not touch; writes only if something changed. */
    public synchronized AgentConfig update(UnaryOperator<AgentConfig> change) {
        AgentConfig current = load();
        AgentConfig changed = change.apply(current);
        if (!changed.equals(current)) {
            save(changed);
        }
        return changed;
    }

    private static AgentConfig credentialOnly(Credential credential) {
        return AgentConfig.EMPTY.withRelay(credential.relay()).withCredential(credential);
    }

    private FileAttribute<?>[] privateTo(String permissions) {
        // Windows has no POSIX permissions; a user's profile there is private already
        return path.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }

    private ConfigFileException unreadable(String reason, Throwable cause) {
        return new ConfigFileException("cannot read the config file " + path + ": " + reason
                + " (fix it, or delete it to start over as a new device)", cause);
    }
}
