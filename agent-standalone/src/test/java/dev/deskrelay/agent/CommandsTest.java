package dev.deskrelay.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.io.TempDir;

import dev.deskrelay.agent.config.AgentConfig;
import dev.deskrelay.agent.config.ConfigFile;
import dev.deskrelay.agent.config.Credential;
import dev.deskrelay.agent.connection.RelayUrl;

/** The commands without a working relay, against a real config file. */
class CommandsTest {

    private static final Credential CREDENTIAL = new Credential("ws://relay:8080", "d-7", "s3cret", "box");

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void forgetDropsTheCredentialKeepsTheSettingsAndSaysSo() throws UsageException {
        ConfigFile file = file();
        file.save(AgentConfig.EMPTY.withRelay("ws://relay:8080").withCredential(CREDENTIAL));

        assertEquals(0, commands().forget(atFile()));

        assertNull(file.load().credential());
        assertEquals("ws://relay:8080", file.load().relay());
        assertTrue(printed().contains("d-7"), printed());
        assertTrue(!printed().contains("s3cret"), printed());
    }

    @Test
    void forgetWithNothingToForgetSaysSo() throws UsageException {
        assertEquals(0, commands().forget(atFile()));

        assertTrue(printed().contains("nothing to forget"), printed());
    }

    @Test
    void aRelayGivenOnTheCommandLineIsSavedForLaterRuns() throws UsageException {
        Overrides withRelay = new Overrides(RelayUrl.parse("wss://relay.example/"), null, null, file().path());

        commands().forget(withRelay);

        assertEquals("wss://relay.example", file().load().relay());
    }

    @Test
    void statusWithoutACredentialSaysNotEnrolledAndExitsWithThree() throws UsageException {
        file().save(AgentConfig.EMPTY.withRelay("ws://127.0.0.1:9"));

        assertEquals(ExitStatus.NOT_CONNECTED, commands().status(atFile()));

        assertTrue(printed().contains("Relay:  ws://127.0.0.1:9"), printed());
        assertTrue(printed().contains("not enrolled"), printed());
    }

    @Test
    void statusWithACredentialForAnotherRelaySaysWhere() throws UsageException {
        file().save(AgentConfig.EMPTY.withRelay("ws://127.0.0.1:9").withCredential(CREDENTIAL));

        assertEquals(ExitStatus.NOT_CONNECTED, commands().status(atFile()));

        assertTrue(printed().contains("not enrolled"), printed());
        assertTrue(printed().contains("ws://relay:8080"), printed());
    }

    @Test
    void statusWhenTheRelayIsNotThereFails() throws UsageException {
        file().save(AgentConfig.EMPTY.withRelay("ws://127.0.0.1:9").withCredential(
                new Credential("ws://127.0.0.1:9", "d-7", "s3cret", "box")));

        assertEquals(ExitStatus.FAILED, commands().status(atFile()));
    }

    @Test
    void statusThatCannotReachTheRelaySavesNothing() throws UsageException {
        file().save(AgentConfig.EMPTY.withRelay("ws://relay:8080").withCredential(
                new Credential("ws://127.0.0.1:9", "d-7", "s3cret", "box")));

        assertEquals(ExitStatus.FAILED, commands().status(new Overrides(RelayUrl.parse("ws://127.0.0.1:9"), null, null,
                file().path())));

        assertEquals("ws://relay:8080", file().load().relay(), "the relay that did not answer is not kept");
    }

    @Test
    void pairThatCannotReachTheRelaySavesNothing() throws UsageException {
        file().save(AgentConfig.EMPTY.withRelay("ws://relay:8080"));

        assertEquals(ExitStatus.FAILED, commands().pair(new Overrides(RelayUrl.parse("ws://127.0.0.1:9"), null, null,
                file().path())));

        assertEquals("ws://relay:8080", file().load().relay(), "the mistyped relay is not kept");
        assertTrue(printed().contains("not reachable at ws://127.0.0.1:9"), printed());
    }

    @Test
    void aServerWithoutTheAgentEndpointIsReachedButNamedForWhatItLacks() throws IOException, UsageException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
        try {
            String url = "ws://127.0.0.1:" + server.getAddress().getPort() + "/wrong";

            assertEquals(ExitStatus.FAILED, commands().pair(new Overrides(RelayUrl.parse(url), null, null,
                    file().path())));

            assertTrue(printed().contains("deskrelay-agent: the relay at ws://127.0.0.1:" + server.getAddress().getPort()
                    + " answered, but /wrong/agent there is not a DeskRelay agent endpoint (HTTP 404)"), printed());
            assertFalse(printed().contains("not reachable"), printed());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aHostNameThatDoesNotResolveIsCalledThat() throws UsageException {
        // .invalid never resolves (RFC 6761)
        assertEquals(ExitStatus.FAILED, commands().pair(new Overrides(RelayUrl.parse("ws://no-such-relay.invalid:8080"),
                null, null, file().path())));

        assertTrue(printed().contains("the host name 'no-such-relay.invalid' could not be resolved"), printed());
        assertFalse(printed().contains("Exception"), printed());
    }

    private Commands commands() {
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new Commands(new Defaults(home.resolve("default.json"), "box"), stream, stream);
    }

    private Overrides atFile() {
        return new Overrides(null, null, null, file().path());
    }

    private ConfigFile file() {
        return new ConfigFile(home.resolve("deskrelay").resolve("agent.json"));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
