package dev.deskrelay.relay.it;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * WebSocket frames written by hand, for what no library will send (text that is not UTF-8, a
 * fragmented binary message, fragments chosen by the test, a socket dropped without a close frame) or do (stop reading for a
 * while, without answering pings).
 */
final class RawSocket implements AutoCloseable {

    private static final int CONTINUATION = 0x0;
    private static final int TEXT = 0x1;
    private static final int BINARY = 0x2;
    private static final int CLOSE = 0x8;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private RawSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.socket.setSoTimeout(10_000);
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    static RawSocket open(URL base, String path) {
        return open(base, path, 0);
    }

    /** A socket that can hold little unread: a reader that stops reading soon blocks the sender. */
    static RawSocket openWithSmallBuffer(URL base, String path) {
        return open(base, path, 4096);
    }

    /** Asks for the upgrade and drops the connection at once, before the relay's answer arrives. */
    static void dropDuringHandshake(URL base, String path) {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), base.getPort())) {
            new RawSocket(socket).requestUpgrade(base.getPath().replaceAll("/$", "") + "/" + path, base.getPort());
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RawSocket open(URL base, String path, int receiveBuffer) {
        try {
            var socket = new Socket();
            if (receiveBuffer > 0) {
                socket.setReceiveBufferSize(receiveBuffer);
            }
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), base.getPort()));
            var raw = new RawSocket(socket);
            raw.handshake(base.getPath().replaceAll("/$", "") + "/" + path, base.getPort());
            return raw;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requestUpgrade(String path, int port) throws IOException {
        out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private void handshake(String path, int port) throws IOException {
        requestUpgrade(path, port);
        var headers = new ByteArrayOutputStream();
        while (!headers.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            headers.write(in.readUnsignedByte());
        }
        if (!headers.toString(StandardCharsets.US_ASCII).startsWith("HTTP/1.1 101")) {
            throw new IllegalStateException("no upgrade: " + headers);
        }
    }

    /** A text frame carrying these bytes, valid UTF-8 or not. */
    RawSocket sendText(byte[] payload) {
        return frame(true, TEXT, payload);
    }

    RawSocket sendBinary(byte[] payload) {
        return frame(true, BINARY, payload);
    }

    /** One text message in as many frames as parts: a text frame, then continuations, the last one final. */
    RawSocket sendFragmented(String... parts) {
        for (int i = 0; i < parts.length; i++) {
            sendPart(parts[i], i == 0, i == parts.length - 1);
        }
        return this;
    }

    /** One frame of a text message: its first (a text frame) or a continuation, final or not. */
    RawSocket sendPart(String part, boolean first, boolean last) {
        return frame(last, first ? TEXT : CONTINUATION, part.getBytes(StandardCharsets.UTF_8));
    }

    /** A binary message in two frames: its first fragment, then the continuation that ends it. */
    RawSocket sendFragmentedBinary(byte[] first, byte[] last) {
        return frame(false, BINARY, first).frame(true, CONTINUATION, last);
    }

    /** One whole frame with any opcode, e.g. one the protocol reserves. */
    RawSocket sendFrame(int opcode, byte[] payload) {
        return frame(true, opcode, payload);
    }

    /** The start of a text frame that announces {@code length} bytes: only {@code start} of them follow. */
    RawSocket sendTextStart(long length, byte[] start) {
        return frame(true, TEXT, length, start);
    }

    private RawSocket frame(boolean fin, int opcode, byte[] payload) {
        return frame(fin, opcode, payload.length, payload);
    }

    private RawSocket frame(boolean fin, int opcode, long length, byte[] payload) {
        try {
            var frame = new ByteArrayOutputStream(payload.length + 14);
            frame.write((fin ? 0x80 : 0) | opcode);
            if (length < 126) {
                frame.write(0x80 | (int) length);
            } else if (length <= 0xFFFF) {
                frame.write(0x80 | 126);
                frame.write((int) length >>> 8);
                frame.write((int) length & 0xFF);
            } else {
                frame.write(0x80 | 127);
                for (int shift = 56; shift >= 0; shift -= 8) {
                    frame.write((int) (length >>> shift) & 0xFF);
                }
            }
            byte[] mask = new byte[4];
            ThreadLocalRandom.current().nextBytes(mask);
            frame.write(mask);
            for (int i = 0; i < payload.length; i++) {
                frame.write(payload[i] ^ mask[i % 4]);
            }
            out.write(frame.toByteArray());
            out.flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int localPort() {
        return socket.getLocalPort();
    }

    /** Reads frames until the relay's close frame, and returns its code. */
    int awaitCloseCode() {
        byte[] payload = next(CLOSE, "no close frame");
        return ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
    }

    /** The next text frame, skipping pings; {@code null} once the relay closed. */
    String nextText() {
        byte[] payload = next(TEXT, "no text frame");
        return payload == null ? null : new String(payload, StandardCharsets.UTF_8);
    }

    /** The payload of the next frame with that opcode; {@code null} if the relay closed first. */
    private byte[] next(int wanted, String missing) {
        try {
            while (true) {
                Frame frame = nextFrame();
                if (frame.opcode == wanted) {
                    return frame.payload;
                }
                if (frame.opcode == CLOSE) {
                    return null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(missing, e);
        }
    }

    private Frame nextFrame() throws IOException {
        int opcode = in.readUnsignedByte() & 0x0F;
        long length = in.readUnsignedByte() & 0x7F;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        return new Frame(opcode, in.readNBytes(Math.toIntExact(length)));
    }

    private record Frame(int opcode, byte[] payload) {
    }

    /** Drops the connection with a TCP reset: no close frame, no orderly shutdown. */
    void reset() {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
