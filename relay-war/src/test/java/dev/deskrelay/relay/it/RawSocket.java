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

/** WebSocket frames written by hand, for what no library will send: text that is not UTF-8, fragments chosen by the test. */
final class RawSocket implements AutoCloseable {

    private static final int CONTINUATION = 0x0;
    private static final int TEXT = 0x1;
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

    private void handshake(String path, int port) throws IOException {
        out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
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
        frame(true, TEXT, payload);
        return this;
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
        frame(last, first ? TEXT : CONTINUATION, part.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    private void frame(boolean last, int opcode, byte[] payload) {
        try {
            byte[] mask = new byte[4];
            ThreadLocalRandom.current().nextBytes(mask);
            out.write((last ? 0x80 : 0) | opcode);
            out.write(0x80 | payload.length);
            out.write(mask);
            for (int i = 0; i < payload.length; i++) {
                out.write(payload[i] ^ mask[i % 4]);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next text frame the relay sends. */
    String readText() {
        Frame frame = nextTextOrClose();
        if (frame.opcode() == CLOSE) {
            throw new IllegalStateException("closed instead: " + frame.closeCode());
        }
        return new String(frame.payload(), StandardCharsets.UTF_8);
    }

    /** Reads frames until the relay's close frame, and returns its code. */
    int awaitCloseCode() {
        Frame frame = nextTextOrClose();
        while (frame.opcode() != CLOSE) {
            frame = nextTextOrClose();
        }
        return frame.closeCode();
    }

    private record Frame(int opcode, byte[] payload) {
        int closeCode() {
            return ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
        }
    }

    /** Passes over pings: the next text or close frame. */
    private Frame nextTextOrClose() {
        try {
            while (true) {
                int opcode = in.readUnsignedByte() & 0x0F;
                byte[] payload = in.readNBytes(payloadLength());
                if (opcode == TEXT || opcode == CLOSE) {
                    return new Frame(opcode, payload);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("no frame from the relay", e);
        }
    }

    /** The relay's frames are not masked and, here, shorter than 64 KiB. */
    private int payloadLength() throws IOException {
        int length = in.readUnsignedByte() & 0x7F;
        return length == 126 ? in.readUnsignedShort() : length;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
