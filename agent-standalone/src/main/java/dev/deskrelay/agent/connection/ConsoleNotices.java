package dev.deskrelay.agent.connection;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import dev.deskrelay.protocol.RelayToAgent.PairingCode;

/**
 * The lines for the person at the computer, on stdout. The pairing code goes only here: it must
 * never reach a log record.
 */
public final class ConsoleNotices {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final PrintStream out;
    private final ZoneId zone;

    public ConsoleNotices(PrintStream out) {
        this(out, ZoneId.systemDefault());
    }

    ConsoleNotices(PrintStream out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    public void pairingCode(PairingCode code) {
        String until = HOURS_MINUTES.format(Instant.ofEpochMilli(code.expiresAt()).atZone(zone));
        out.println("Pairing code: " + code.code() + " (valid until " + until + ")");
    }

    void connected(RelayUrl relay, String deviceId) {
        out.println("Connected to " + relay + " as device " + deviceId);
    }
}
