package dev.deskrelay.relay.connection;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.ProtocolViolation;

/** What to tell a sender about a failure on its socket. */
final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    private Failures() {
    }

    /**
     * Whether the failure is the connection itself failing under a read or a write (reset, broken
     * pipe, not connected): the normal end of a socket whose other side left, not a fault. The
     * container reports it as an {@code IOException}, at most wrapped once; one deeper down is some
     * other connection's, e.g. the database's under a persistence exception, and a fault.
     */
    static boolean connectionLost(Throwable failure) {
        return failure instanceof IOException || failure.getCause() instanceof IOException;
    }

    /**
     * The violation the sender committed, or a bare {@code internal_error} for the relay's own
     * faults, whose details stay in the relay's log and never reach the socket.
     */
    static ProtocolViolation explain(Throwable failure, String where) {
        return ProtocolViolation.in(failure).orElseGet(() -> {
            LOG.log(Level.SEVERE, "unexpected failure on " + where, failure);
            return new ProtocolViolation(ErrorCode.INTERNAL_ERROR, "the relay could not handle that message");
        });
    }
}
