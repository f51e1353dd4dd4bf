package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.pairViewer;
import static dev.deskrelay.relay.it.Parties.telemetry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;

/**
 * The relay's log after clients that misbehave in every way the network allows, and a restart on
 * the same data: nothing a client does puts a stack trace or a SEVERE line in it, and refused
 * sockets are counted and summarised instead of logged one line each.
 */
class CleanLogIT {

    private static final int SOCKETS_PER_ADDRESS = 20;
    // enough to show one summary for many refusals
    private static final int REFUSALS = 50;
    private static final int DROPS = 50;
    private static final int IDLE_TIMEOUT_SECONDS = 60;
    private static final Pattern OPEN_SOCKETS = Pattern.compile(
            "(?m)^deskrelay_(agents|viewers)_connected\\{[^}]*\\} ([0-9]+)$");
    private static final Pattern REFUSED = Pattern.compile(
            "(?m)^deskrelay_sockets_refused_total\\{[^}]*reason=\"too_many_connections\"[^}]*\\} ([0-9.eE+]+)$");

    private record Frame(String what, int opcode, byte[] payload) {
    }

    private static final List<Frame> PROTOCOL_ERRORS = List.of(
            new Frame("a reserved opcode", 0x3, new byte[0]),
            new Frame("a continuation of nothing", 0x0, new byte[] {'x'}),
            new Frame("a ping longer than a control frame may be", 0x9, new byte[200]),
            new Frame("a close frame with code 999", 0x8, new byte[] {0x3, (byte) 0xE7}));

    @Test
    void misbehavingClientsAndARestartLeaveNoStackTraceInTheLog() throws Exception {
        // kept under target/ after the run: the log is the evidence when this fails
        Path data = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "clean-log");
        try (var relay = RelayProcess.start(data, Map.of(
                "DESKRELAY_MAX_SOCKETS_PER_ADDRESS", Integer.toString(SOCKETS_PER_ADDRESS),
                "DESKRELAY_IDLE_TIMEOUT_SECONDS", Integer.toString(IDLE_TIMEOUT_SECONDS),
                "DESKRELAY_AGENT_MESSAGES_PER_SECOND", "10000",
                "DESKRELAY_AGENT_MESSAGE_BURST", "10000"))) {
            URL base = relay.base();

            try (var raw = RawSocket.open(base, "agent")) {
                assertEquals(1009, raw.sendText(new byte[70_000]).awaitCloseCode(), "a text message over 64 KiB");
            }
            try (var raw = RawSocket.open(base, "agent")) {
                assertEquals(1011, raw.sendTextStart(8 << 20, new byte[(128 << 10) + 64]).awaitCloseCode(),
                        "a frame larger than the relay's 128 KiB read buffer");
            }
            try (var raw = RawSocket.open(base, "viewer")) {
                assertEquals(1003, raw.sendFragmentedBinary(new byte[] {1, 2}, new byte[] {3}).awaitCloseCode(),
                        "a fragmented binary message");
            }
            try (var raw = RawSocket.open(base, "agent")) {
                assertEquals(1003, raw.sendBinary(new byte[] {1, 2, 3}).awaitCloseCode(), "a binary frame");
            }
            try (var raw = RawSocket.open(base, "viewer")) {
                assertTrue(raw.sendText("{\"type\":".getBytes(StandardCharsets.UTF_8)).nextText().contains("bad_json"));
            }
            try (var raw = RawSocket.open(base, "agent")) {
                assertEquals(1007, raw.sendText(new byte[] {(byte) 0xC3, (byte) 0x28}).awaitCloseCode(), "text that isn't UTF-8");
            }
            for (Frame frame : PROTOCOL_ERRORS) {
                try (var raw = RawSocket.open(base, "viewer")) {
                    assertEquals(1002, raw.sendFrame(frame.opcode(), frame.payload()).awaitCloseCode(), frame.what());
                }
            }
            for (int i = 0; i < DROPS; i++) {
                RawSocket.open(base, i % 2 == 0 ? "viewer" : "agent").reset();
                RawSocket.dropDuringHandshake(base, i % 2 == 0 ? "agent" : "viewer");
            }
            awaitNoSockets(base);
            viewersLeaveWhileTelemetryFlows(base);
            awaitNoSockets(base);
            long refusedBefore = refusedSockets(base);
            refuseSocketsOverTheAddressCap(base);
            assertEquals(refusedBefore + REFUSALS, refusedSockets(base), "every refused socket is counted");
            assertTrue(relay.log().lines().filter(line -> line.contains("refused")).count() <= 5,
                    "refusals are summarised, not logged one by one:\n" + relay.log());

            relay.stop();
            String beforeRestart = relay.log();
            relay.start();
            var agent = enrollAgent(base, "after the restart");
            agent.socket().close();
            relay.stop();

            assertClean(beforeRestart);
            assertClean(relay.log());
        }
    }

    /** Viewers that drop their connection (a TCP reset) while telemetry is being routed to them. */
    private static void viewersLeaveWhileTelemetryFlows(URL base) throws InterruptedException {
        var agent = enrollAgent(base, "busy");
        var token = pairViewer(base, agent.pairingCode());
        token.socket().close();
        var sender = Executors.newSingleThreadExecutor();
        var flowing = sender.submit(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                agent.socket().send(telemetry(50));
                TimeUnit.MILLISECONDS.sleep(1);
            }
            return null;
        });
        try {
            for (int i = 0; i < 20; i++) {
                var viewer = RawSocket.open(base, "viewer").sendText(
                        ("{\"type\":\"authenticate\",\"token\":\"" + token.token() + "\"}").getBytes(StandardCharsets.UTF_8));
                assertTrue(viewer.nextText().contains("\"authenticated\""));
                while (!viewer.nextText().contains("\"telemetry\"")) {
                    // history and facts come first; the drop must happen while samples arrive
                }
                viewer.reset();
            }
        } finally {
            flowing.cancel(true);
            sender.shutdown();
            sender.awaitTermination(10, TimeUnit.SECONDS);
            agent.socket().close();
        }
    }

    /**
     * Holds the address's whole allowance open, then asks for more. The held sockets are enrolled
     * agents, so no auth deadline closes them while the refusals go on (which took more than its
     * 10 s on a busy CI machine, and the socket meant to be refused was then let in).
     */
    private static void refuseSocketsOverTheAddressCap(URL base) throws IOException, InterruptedException {
        List<RawSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < SOCKETS_PER_ADDRESS; i++) {
                var agent = RawSocket.open(base, "agent")
                        .sendText("{\"type\":\"enroll\",\"name\":\"holder\"}".getBytes(StandardCharsets.UTF_8));
                held.add(agent);
                assertTrue(agent.nextText().contains("\"enrolled\""));
            }
            for (int i = 0; i < REFUSALS; i++) {
                try (var refused = RawSocket.open(base, i % 2 == 0 ? "viewer" : "agent")) {
                    assertEquals(4030, refused.awaitCloseCode());
                }
            }
        } finally {
            for (var socket : held) {
                socket.close();
            }
        }
    }

    /**
     * Until the relay has let go of every socket so far, so that the address's whole allowance is
     * free. A reset or a socket dropped before it sent anything is usually noticed within seconds;
     * the relay promises no more than its idle timeout (60 s), after which the sweep closes a socket
     * nothing was heard from, and one CI run did see a reset viewer still counted after 20 s.
     */
    private static void awaitNoSockets(URL base) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(IDLE_TIMEOUT_SECONDS + 15);
        while (OPEN_SOCKETS.matcher(metrics(base)).results().mapToLong(open -> Long.parseLong(open.group(2))).sum() > 0) {
            assertTrue(System.nanoTime() < deadline, "sockets still open:\n" + metrics(base));
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private static long refusedSockets(URL base) throws IOException, InterruptedException {
        String metrics = metrics(base);
        Matcher refused = REFUSED.matcher(metrics);
        return refused.find() ? (long) Double.parseDouble(refused.group(1)) : 0;
    }

    private static String metrics(URL base) {
        return new RelayHttp(base).get("/metrics").body();
    }

    /** No line of a stack trace, no exception's name, nothing SEVERE. */
    private static void assertClean(String log) {
        List<String> dirty = log.lines()
                .filter(line -> line.startsWith("\tat ") || line.contains("Exception") || line.contains("SEVERE"))
                .toList();
        assertEquals(List.of(), dirty, "the relay's log:\n" + log);
    }
}
