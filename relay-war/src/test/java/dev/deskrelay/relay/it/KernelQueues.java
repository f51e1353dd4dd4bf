package dev.deskrelay.relay.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What Linux's socket buffers hold on a loopback connection: the bytes the relay's side has yet
 * to send and those the client's side has yet to read, from {@code /proc/net/tcp}. They are the
 * operating system's, not the relay's heap, and a test of what the relay holds leaves them out.
 */
final class KernelQueues {

    private KernelQueues() {
    }

    /** Bytes queued in the kernel between the relay's port and the client's port, both directions' buffers. */
    static long waitingBetween(int relayPort, int clientPort) {
        long relaySide = column(relayPort, clientPort, 0);
        long clientSide = column(clientPort, relayPort, 1);
        return relaySide + clientSide;
    }

    /** tx_queue (0) or rx_queue (1) of the socket from {@code local} to {@code remote}. */
    private static long column(int local, int remote, int which) {
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : lines(table)) {
                String[] fields = line.trim().split("\\s+");
                if (fields[0].endsWith(":") && fields.length > 4 && port(fields[1]) == local && port(fields[2]) == remote) {
                    return Long.parseLong(fields[4].split(":")[which], 16);
                }
            }
        }
        throw new AssertionError("no socket from port " + local + " to " + remote + " in /proc/net/tcp");
    }

    private static int port(String address) {
        return Integer.parseInt(address.substring(address.indexOf(':') + 1), 16);
    }

    private static List<String> lines(String table) {
        try {
            return Files.exists(Path.of(table)) ? Files.readAllLines(Path.of(table)) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
