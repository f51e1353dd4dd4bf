package dev.deskrelay.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line from arguments to exit status, as {@code main} runs it. */
class MainTest {

    @TempDir
    Path home;

    @Test
    void aBrokenConfigFileIsABadConfigurationWithTheUsualPrefix() throws IOException {
        Path config = home.resolve("agent.json");
        Files.writeString(config, "{\"relay\": ");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Main.run(new String[] {"status", "--config", config.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = err.toString(StandardCharsets.UTF_8);
        assertEquals(ExitStatus.USAGE, status, printed);
        assertTrue(printed.startsWith("deskrelay-agent: cannot read the config file " + config), printed);
    }
}
