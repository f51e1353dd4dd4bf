package dev.deskrelay.relay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client trickling a partial upgrade request, on a relay started as {@code ./run} starts it. */
class HandshakeDeadlineIT {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @Test
    void aRequestHeadTricklingInIsCutOffAtTheDeadlineAndOthersAreServed(@TempDir Path data) throws Exception {
        try (var relay = RelayProcess.start(data);
                var trickling = new Socket(InetAddress.getLoopbackAddress(), relay.port());
                var silent = new Socket(InetAddress.getLoopbackAddress(), relay.port())) {
            byte[] head = ("GET /viewer HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            OutputStream out = trickling.getOutputStream();
            long start = System.nanoTime();
            Duration cutOff = null;
            for (int i = 0; i < head.length && cutOff == null; i++) {
                try {
                    out.write(head[i]);
                    out.flush();
                } catch (SocketException closed) {
                    cutOff = Duration.ofNanos(System.nanoTime() - start);
                }
                if (cutOff == null && closedByRelay(trickling, Duration.ofMillis(500))) {
                    cutOff = Duration.ofNanos(System.nanoTime() - start);
                }
            }
            System.out.printf("a byte every 0.5 s: the relay closed the connection after %d ms%n",
                    cutOff == null ? -1 : cutOff.toMillis());
            assertTrue(cutOff != null && cutOff.compareTo(DEADLINE.plusSeconds(3)) < 0,
                    "closed within the deadline (" + DEADLINE.toSeconds() + " s) and the sweep: " + cutOff);
            assertTrue(closedByRelay(silent, Duration.ofSeconds(1)), "one that sent nothing is closed too");

            var agent = Parties.enrollAgent(relay.base(), "prompt").socket();
            Thread.sleep(DEADLINE.plusSeconds(2).toMillis());
            assertEquals("pairing_code", agent.send("{\"type\":\"request_pairing_code\"}").next().getString("type"),
                    "a prompt client is served, and not cut off once its upgrade went through");
            agent.close();
        }
    }

    /** Whether the relay closed the socket (end of stream or reset) within the time. */
    private static boolean closedByRelay(Socket socket, Duration wait) throws IOException {
        socket.setSoTimeout((int) wait.toMillis());
        InputStream in = socket.getInputStream();
        try {
            return in.read() < 0;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        } catch (SocketException reset) {
            return true;
        }
    }
}
