package dev.deskrelay.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresBinariesTest {

    @Test
    void theHighestVersionIsTakenByNumberNotByName(@TempDir Path installed) throws IOException {
        for (String version : new String[] {"9", "15", "13"}) {
            Files.createDirectories(installed.resolve(version).resolve("bin"));
        }
        Files.createDirectories(installed.resolve("99-extra"));
        assertEquals(installed.resolve("15").resolve("bin"), PostgresBinaries.find(installed));
    }

    @Test
    void noPostgresqlSaysHowToInstallIt(@TempDir Path empty) {
        for (Path installed : new Path[] {empty, empty.resolve("missing")}) {
            var failure = assertThrows(IllegalStateException.class, () -> PostgresBinaries.find(installed));
            assertTrue(failure.getMessage().contains("apt-get install postgresql"), failure.getMessage());
        }
    }

}
