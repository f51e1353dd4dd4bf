package dev.deskrelay.relay.connection;

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
