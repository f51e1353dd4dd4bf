package dev.deskrelay.bench.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the administrator's password comes from, and that it shows nowhere. */
class AdminTest {

    @TempDir
    Path dir;

    @Test
    void thePasswordComesFromTheEnvironmentOrAFile() throws Exception {
        assertEquals("from-the-environment",
                Admin.given("ops", null, Map.of(Admin.PASSWORD_VARIABLE, "from-the-environment")).password());
        Path file = Files.writeString(dir.resolve("password"), "from-a-file\nignored\n");
        assertEquals("from-a-file", Admin.given("ops", file, Map.of(Admin.PASSWORD_VARIABLE, "not this")).password());
    }

    @Test
    void noUserOrNoPasswordIsRefusedSayingWhatToGive() {
        var noUser = assertThrows(IllegalArgumentException.class, () -> Admin.given(null, null, Map.of()));
        assertTrue(noUser.getMessage().contains("--admin-user"), noUser.getMessage());
        var noPassword = assertThrows(IllegalArgumentException.class, () -> Admin.given("ops", null, Map.of()));
        assertTrue(noPassword.getMessage().contains(Admin.PASSWORD_VARIABLE), noPassword.getMessage());
    }

    @Test
    void thePasswordIsNeitherPrintedNorReadableByOthers() throws Exception {
        Admin admin = Admin.generated();
        assertFalse(admin.toString().contains(admin.password()));
        assertTrue(admin.password().length() >= 10, "the relay wants at least 10 characters");
        Path file = dir.resolve("admin-password");
        admin.writePassword(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(admin, Admin.given(admin.username(), file, Map.of()));
    }
}
