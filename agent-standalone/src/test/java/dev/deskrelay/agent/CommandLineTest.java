package dev.deskrelay.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    private static final Defaults DEFAULTS = new Defaults(Path.of("/home/ada/.config/deskrelay/agent.json"), "ada-laptop");

    @Test
    void noArgumentsRunWithTheDefaults() throws UsageException {
        AgentOptions options = run();

        assertEquals("ws://localhost:8080", options.relay().toString());
        assertEquals(URI.create("ws://localhost:8080/agent"), options.relay().agentEndpoint());
        assertEquals("ada-laptop", options.name());
        assertEquals(DEFAULTS.configFile(), options.configFile());
        assertFalse(options.pair());
        assertFalse(options.forget());
    }

    @Test
    void optionsOverrideTheDefaults() throws UsageException {
        AgentOptions options = run("--relay", "wss://relay.example:8443", "--name", "kitchen",
                "--config", "/tmp/agent.json", "--pair", "--forget");

        assertEquals(URI.create("wss://relay.example:8443/agent"), options.relay().agentEndpoint());
        assertEquals("kitchen", options.name());
        assertEquals(Path.of("/tmp/agent.json"), options.configFile());
        assertTrue(options.pair());
        assertTrue(options.forget());
    }

    @Test
    void helpAndVersionWinOverRunning() throws UsageException {
        assertInstanceOf(Command.ShowHelp.class, CommandLine.parse(new String[] {"--pair", "--help"}, DEFAULTS));
        assertInstanceOf(Command.ShowVersion.class, CommandLine.parse(new String[] {"--version"}, DEFAULTS));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        UsageException error = assertThrows(UsageException.class, () -> run("--relay", "ws://h:1", "--verbose"));
        assertEquals("unknown option --verbose", error.getMessage());
    }

    @Test
    void anOptionWithoutItsValueIsAUsageError() {
        assertThrows(UsageException.class, () -> run("--relay"));
    }

    @Test
    void aRelayThatIsNotAWebSocketUrlIsAUsageError() {
        assertThrows(UsageException.class, () -> run("--relay", "http://localhost:8080"));
        assertThrows(UsageException.class, () -> run("--relay", "localhost:8080"));
    }

    @Test
    void aNameTheRelayWouldRefuseIsAUsageError() {
        assertThrows(UsageException.class, () -> run("--name", " "));
        assertThrows(UsageException.class, () -> run("--name", "x".repeat(65)));
    }

    @Test
    void theAgentPathIsAppendedToTheContextPath() throws UsageException {
        assertEquals(URI.create("ws://h:8080/ctx/agent"), run("--relay", "ws://h:8080/ctx").relay().agentEndpoint());
        assertEquals(URI.create("ws://h:8080/ctx/agent"), run("--relay", "ws://h:8080/ctx/").relay().agentEndpoint());
        assertEquals(URI.create("ws://h:8080/agent"), run("--relay", "ws://h:8080/").relay().agentEndpoint());
        assertEquals(URI.create("wss://h/a/b/agent"), run("--relay", "WSS://h/a/b").relay().agentEndpoint());
    }

    @Test
    void theRelayIsKeptWithoutItsTrailingSlashSoStoredCredentialsMatch() throws UsageException {
        assertEquals(run("--relay", "ws://h:8080/ctx").relay(), run("--relay", "ws://h:8080/ctx/").relay());
    }

    private static AgentOptions run(String... args) throws UsageException {
        return ((Command.Run) CommandLine.parse(args, DEFAULTS)).options();
    }
}
