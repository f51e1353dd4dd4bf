package dev.deskrelay.relay.account;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Tells the person starting a fresh relay its setup code: once on the console, and in
 * {@code <data dir>/setup-code} (readable by its owner only) for {@code ./run} and tests. This is
 * the one place a secret reaches the console, because a fresh relay has nobody else to tell; it
 * never goes through java.util.logging, whose handlers may ship the log elsewhere.
 */
@ApplicationScoped
public class SetupAnnouncement {

    static final String FILE = "setup-code";
    private static final Logger LOG = Logger.getLogger(SetupAnnouncement.class.getName());

    @Inject
    FirstAccount first;

    void deployed(@Observes @Initialized(ApplicationScoped.class) Object application) {
        first.newCode().ifPresent(code -> {
            String line = "DeskRelay setup code: " + code + ", open the page to create the first account";
            String rule = "=".repeat(line.length() + 4);
            System.out.println(rule + "\n| " + line + " |\n" + rule);
            file().ifPresent(file -> write(file, code));
        });
    }

    /** Setup succeeded: the code is spent, and so is the file. */
    public void spent() {
        file().ifPresent(file -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not delete " + file + "; its code is spent anyway", e);
            }
        });
    }

    private Optional<Path> file() {
        // the launcher's system property that post-boot-commands.asadmin puts the database in,
        // not a setting of the relay's own
        return Optional.ofNullable(System.getProperty("deskrelay.data.dir")).filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, FILE));
    }

    private static void write(Path file, String code) {
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, code + "\n", StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.WARNING, "could not write the setup code to " + file + "; it is on the console", e);
        }
    }
}
