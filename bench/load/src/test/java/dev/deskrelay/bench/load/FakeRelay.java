package dev.deskrelay.bench.load;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Just enough of a WebSocket server (RFC 6455: the handshake, unfragmented text and close frames)
 * for a test to play the relay's side of a conversation line by line, and to drop a socket when
 * the test says. Loopback only, one port, every connection handed to the test in order.
 */
final class FakeRelay implements AutoCloseable {

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int TIMEOUT_MILLIS = 5_000;

    private final ServerSocket server;
    private final BlockingQueue<Connection> accepted = new LinkedBlockingQueue<>();
    private final Thread acceptor;

    FakeRelay() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptAll, "fake-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI endpoint(String path) {
        return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/" + path);
    }

    /** The next connection, handshake done, or null if none came within {@code millis}. */
    Connection next(long millis) throws InterruptedException {
        return accepted.poll(millis, TimeUnit.MILLISECONDS);
    }

    private void acceptAll() {
        try {
            while (true) {
                Socket socket = server.accept();
                socket.setSoTimeout(TIMEOUT_MILLIS);
                accepted.add(new Connection(socket));
            }
        } catch (IOException closed) {
            // the test is over
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** One client's socket, as the relay sees it. */
    static final class Connection {

        private final Socket socket;
        private final DataInputStream in;
        private final OutputStream out;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new DataInputStream(socket.getInputStream());
            this.out = socket.getOutputStream();
            handshake();
        }

        /** The next text frame the client sent. */
        String read() throws IOException {
            while (true) {
                int opcode = in.readUnsignedByte() & 0x0F;
                byte[] payload = payload();
                if (opcode == 1) {
                    return new String(payload, StandardCharsets.UTF_8);
                }
            }
        }

        void send(String text) throws IOException {
            frame(0x81, text.getBytes(StandardCharsets.UTF_8));
        }

        /** Closes as the relay does, with a close frame, and waits for the client's answer. */
        void close(int code, String reason) throws IOException {
            var body = new ByteArrayOutputStream();
            body.write(code >> 8);
            body.write(code & 0xFF);
            body.write(reason.getBytes(StandardCharsets.UTF_8));
            frame(0x88, body.toByteArray());
            try {
                while (true) {
                    in.readUnsignedByte();
                }
            } catch (IOException endOrTimeout) {
                socket.close();
            }
        }

        private void handshake() throws IOException {
            String key = null;
            for (String line = line(); !line.isEmpty(); line = line()) {
                if (line.toLowerCase().startsWith("sec-websocket-key:")) {
                    key = line.substring(line.indexOf(':') + 1).trim();
                }
            }
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept(key) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        private String line() throws IOException {
            var line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("the client left during the handshake");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private byte[] payload() throws IOException {
            int second = in.readUnsignedByte();
            long length = second & 0x7F;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] mask = new byte[4];
            in.readFully(mask);
            byte[] payload = new byte[(int) length];
            in.readFully(payload);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i % 4];
            }
            return payload;
        }

        private void frame(int first, byte[] payload) throws IOException {
            out.write(first);
            if (payload.length < 126) {
                out.write(payload.length);
            } else {
                out.write(126);
                out.write(payload.length >> 8);
                out.write(payload.length & 0xFF);
            }
            out.write(payload);
            out.flush();
        }

        private static String accept(String key) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
                return Base64.getEncoder().encodeToString(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
