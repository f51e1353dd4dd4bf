package dev.deskrelay.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.deskrelay.agent.connection.RelayUrl;

class AgentCliTest {

    private final Recorder commands = new Recorder();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void noCommandRuns() {
        assertEquals(0, execute());

        assertEquals("run", commands.called);
        assertEquals(Overrides.NONE, commands.overrides);
        assertEquals("pair=false forget=false", commands.flags);
    }

    @Test
    void theFlagsTheRunScriptUsesStillWork() {
        assertEquals(0, execute("--relay", "ws://localhost:8080", "--config", "/tmp/a/agent.json", "--pair"));

        assertEquals("run", commands.called);
        assertEquals(RelayUrl.parse("ws://localhost:8080"), commands.overrides.relay());
        assertEquals(Path.of("/tmp/a/agent.json"), commands.overrides.config());
        assertEquals("pair=true forget=false", commands.flags);
    }

    @Test
    void runTakesItsFlagsAfterTheCommand() {
        execute("run", "--forget", "--pair");

        assertEquals("run", commands.called);
        assertEquals("pair=true forget=true", commands.flags);
    }

    @Test
    void eachCommandIsCalledByName() {
        for (String command : new String[] {"status", "pair", "forget"}) {
            execute(command);
            assertEquals(command, commands.called);
        }
    }

    @Test
    void optionsWorkBeforeAndAfterTheCommand() {
        execute("--relay", "wss://relay.example/ctx/", "status", "--name", "kitchen", "--interval", "0.5",
                "--config", "/tmp/agent.json");

        assertEquals("status", commands.called);
        assertEquals(new Overrides(RelayUrl.parse("wss://relay.example/ctx"), "kitchen",
                new Interval(new BigDecimal("0.5")), Path.of("/tmp/agent.json")), commands.overrides);
    }

    @Test
    void optionsNotGivenAreLeftToTheConfigFile() {
        execute("pair", "--relay", "ws://h:1");

        assertEquals(RelayUrl.parse("ws://h:1"), commands.overrides.relay());
        assertNull(commands.overrides.name());
        assertNull(commands.overrides.interval());
        assertNull(commands.overrides.config());
    }

    @Test
    void theIntervalIsInSecondsFromAFifthToAnHour() {
        execute("--interval", "0.2");
        assertEquals(Duration.ofMillis(200), commands.overrides.interval().duration());
        execute("--interval", "3600");
        assertEquals(Duration.ofHours(1), commands.overrides.interval().duration());

        for (String bad : new String[] {"0.1", "3601", "0", "-1", "fast", "1s"}) {
            commands.called = null;
            assertEquals(2, execute("--interval", bad), bad);
            assertNull(commands.called, bad);
        }
        assertTrue(printedErrors().contains("--interval"), printedErrors());
    }

    @Test
    void anUnknownOptionOrCommandIsAUsageError() {
        assertEquals(2, execute("--verbose"));
        assertEquals(2, execute("status", "--verbose"));
        assertEquals(2, execute("reboot"));
        assertNull(commands.called);
        assertTrue(printedErrors().contains("--verbose"), printedErrors());
        assertTrue(printedErrors().contains("--help"), "points to the help: " + printedErrors());
    }

    @Test
    void aRelayThatIsNotAWebSocketUrlIsAUsageError() {
        assertEquals(2, execute("--relay", "http://localhost:8080"));
        assertEquals(2, execute("status", "--relay", "localhost:8080"));
        assertEquals(2, execute("--relay"));
        assertNull(commands.called);
    }

    @Test
    void runFlagsGoWithRunOnly() {
        assertEquals(2, execute("--pair", "status"));
        assertEquals(2, execute("status", "--forget"));
        assertNull(commands.called);
    }

    @Test
    void aUsageErrorFromACommandExitsWithTwoAndSaysWhy() {
        commands.failure = new UsageException("no relay to connect to");

        assertEquals(2, execute("status"));
        assertTrue(printedErrors().contains("no relay to connect to"), printedErrors());
    }

    @Test
    void theCommandsExitStatusIsTheProcesss() {
        commands.status = 3;

        assertEquals(3, execute("status"));
    }

    @Test
    void helpAndVersionPrintWithoutRunning() {
        assertEquals(0, execute("--help"));
        assertEquals(0, execute("status", "--help"));
        assertEquals(0, execute("--version"));
        assertNull(commands.called);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Usage: deskrelay-agent"), printed);
        assertTrue(printed.contains("agent.json"), "the help documents the config file: " + printed);
        assertTrue(printed.contains("3   it is not"), "status documents its exit status: " + printed);
        assertTrue(printed.contains("deskrelay-agent " + Version.current()), printed);
    }

    private int execute(String... args) {
        return AgentCli.execute(args, commands, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printedErrors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Remembers the last call instead of doing anything. */
    private static final class Recorder implements AgentCommands {
        String called;
        Overrides overrides;
        String flags;
        int status;
        UsageException failure;

        @Override
        public int run(Overrides given, boolean pair, boolean forget) throws UsageException {
            flags = "pair=" + pair + " forget=" + forget;
            return record("run", given);
        }

        @Override
        public int status(Overrides given) throws UsageException {
            return record("status", given);
        }

        @Override
        public int pair(Overrides given) throws UsageException {
            return record("pair", given);
        }

        @Override
        public int forget(Overrides given) throws UsageException {
            return record("forget", given);
        }

        private int record(String command, Overrides given) throws UsageException {
            called = command;
            overrides = given;
            if (failure != null) {
                throw failure;
            }
            return status;
        }
    }
}
