package dev.deskrelay.agent.connection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A relay that completes the WebSocket handshake and then never says another word, not even to a
 * ping or a close: what an agent sees through a frozen proxy or a dead NAT entry.
 */
final class SilentRelay implements AutoCloseable {

    private static final String WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final ServerSocket server;
    private final List<Long> acceptedAt = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private SilentRelay(ServerSocket server) {
        this.server = server;
        daemon(this::acceptForever);
    }

    static SilentRelay start() throws IOException {
        return new SilentRelay(new ServerSocket(0, 10, InetAddress.getLoopbackAddress()));
    }

    RelayUrl url() {
        return RelayUrl.parse("ws://127.0.0.1:" + server.getLocalPort());
    }

    /** {@link System#nanoTime()} of every connection's handshake, in order. */
    List<Long> handshakes() {
        return List.copyOf(acceptedAt);
    }

    private void acceptForever() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                daemon(() -> upgradeAndIgnore(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void upgradeAndIgnore(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            BufferedReader request = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            String key = null;
            for (String line = request.readLine(); line != null && !line.isEmpty(); line = request.readLine()) {
                if (line.toLowerCase(Locale.ROOT).startsWith("sec-websocket-key:")) {
                    key = line.substring(line.indexOf(':') + 1).trim();
                }
            }
            socket.getOutputStream().write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Accept: " + accept(key) + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            acceptedAt.add(System.nanoTime());
            while (request.read() >= 0) {
                // read everything, answer nothing
            }
        } catch (IOException gone) {
            // the agent gave up on this connection
        }
    }

    private static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((key + WEBSOCKET_GUID).getBytes(StandardCharsets.ISO_8859_1));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "silent-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
