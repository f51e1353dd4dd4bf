package dev.deskrelay.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.deskrelay.agent.config.AgentConfig;
import dev.deskrelay.agent.connection.RelayUrl;

class SettingsTest {

    private static final Path FILE = Path.of("/home/ada/.config/deskrelay/agent.json");
    private static final Defaults DEFAULTS = new Defaults(FILE, "ada-laptop");
    private static final AgentConfig CONFIGURED = new AgentConfig("wss://relay.example", "kitchen",
            new BigDecimal("2.5"), Map.of("notify", false), null);

    @Test
    void theFileDecidesWhatTheCommandLineDoesNotSay() throws UsageException {
        Settings settings = Settings.resolve(Overrides.NONE, CONFIGURED, FILE, DEFAULTS);

        assertEquals(RelayUrl.parse("wss://relay.example"), settings.relay());
        assertEquals("kitchen", settings.name());
        assertEquals(Duration.ofMillis(2500), settings.interval().duration());
        assertFalse(settings.actions().allows("notify"));
        assertTrue(settings.actions().allows("beep"));
    }

    @Test
    void theCommandLineWinsOverTheFile() throws UsageException {
        Overrides overrides = new Overrides(RelayUrl.parse("ws://localhost:8095"), "studio", Interval.parse("0.5"),
                null);

        Settings settings = Settings.resolve(overrides, CONFIGURED, FILE, DEFAULTS);

        assertEquals(RelayUrl.parse("ws://localhost:8095"), settings.relay());
        assertEquals("studio", settings.name());
        assertEquals(Duration.ofMillis(500), settings.interval().duration());
        assertFalse(settings.actions().allows("notify"), "actions come from the file only");
    }

    @Test
    void withoutEitherTheDefaultsApply() throws UsageException {
        Settings settings = Settings.resolve(Overrides.NONE, AgentConfig.EMPTY.withRelay("ws://h:1"), FILE, DEFAULTS);

        assertEquals("ada-laptop", settings.name());
        assertEquals(Duration.ofSeconds(1), settings.interval().duration());
        assertTrue(settings.actions().allows("processes"));
    }

    @Test
    void withoutARelayTheMessageSaysHowToGiveOne() {
        UsageException error = assertThrows(UsageException.class,
                () -> Settings.resolve(Overrides.NONE, AgentConfig.EMPTY, FILE, DEFAULTS));

        assertTrue(error.getMessage().contains("--relay"), error.getMessage());
        assertTrue(error.getMessage().contains(FILE.toString()), error.getMessage());
    }

    @Test
    void badValuesInTheFileAreUsageErrorsNamingTheFile() {
        for (AgentConfig bad : new AgentConfig[] {
            AgentConfig.EMPTY.withRelay("http://relay.example"),
            new AgentConfig("ws://h:1", null, new BigDecimal("0.1"), null, null),
            new AgentConfig("ws://h:1", null, new BigDecimal("7200"), null, null)}) {
            UsageException error = assertThrows(UsageException.class,
                    () -> Settings.resolve(Overrides.NONE, bad, FILE, DEFAULTS), bad.toString());
            assertTrue(error.getMessage().contains(FILE.toString()), error.getMessage());
        }
    }

    @Test
    void aNameTheRelayWouldRefuseIsAUsageError() {
        AgentConfig withRelay = AgentConfig.EMPTY.withRelay("ws://h:1");

        assertThrows(UsageException.class, () -> Settings.resolve(
                new Overrides(null, " ", null, null), withRelay, FILE, DEFAULTS));
        assertThrows(UsageException.class, () -> Settings.resolve(
                new Overrides(null, "x".repeat(65), null, null), withRelay, FILE, DEFAULTS));
    }
}
