package dev.deskrelay.agent.connection;

import jakarta.websocket.CloseReason;

import dev.deskrelay.protocol.CloseCode;

/** Why a connection ended, and whether reconnecting can help. */
public enum Ending {
    /** The relay closed, restarted or could not be reached: try again. */
    RELAY_GONE,
    /** The connection stayed open but the relay stopped answering: drop it and try again. */
    RELAY_SILENT,
    /** The relay refused the credential, or the device was removed; retrying would be refused forever. */
    REJECTED,
    /** Another agent with the same credential took over; fighting back would evict it in turn. */
    REPLACED,
    /** The relay issued a credential that could not be saved; enrolling again would fail the same way. */
    CREDENTIAL_NOT_SAVED,
    /** The agent is shutting down. */
    STOPPED;

    static Ending after(CloseReason reason) {
        if (CloseCode.is(reason, CloseCode.AUTH_FAILED) || CloseCode.is(reason, CloseCode.DEVICE_REMOVED)) {
            return REJECTED;
        }
        if (CloseCode.is(reason, CloseCode.REPLACED)) {
            return REPLACED;
        }
        return RELAY_GONE;
    }

    boolean retry() {
        return this == RELAY_GONE || this == RELAY_SILENT;
    }
}
