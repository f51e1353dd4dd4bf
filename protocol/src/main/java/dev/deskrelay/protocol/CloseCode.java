package dev.deskrelay.protocol;

import jakarta.websocket.CloseReason;

/** Application close codes (4000-4999) the relay uses; the standard ones are in docs/protocol.md. */
public enum CloseCode implements CloseReason.CloseCode {
    AUTH_FAILED(4001, "authentication failed"),
    SILENT(4002, "nothing received within the idle timeout"),
    REVOKED(4003, "access revoked"),
    DEVICE_REMOVED(4004, "device removed"),
    AUTH_TIMEOUT(4008, "not authenticated in time"),
    REPLACED(4009, "replaced by a newer connection"),
    TOO_SLOW(4010, "too slow: fell too far behind"),
    RATE_LIMITED(4029, "kept sending over the rate limit"),
    TOO_MANY_CONNECTIONS(4030, "too many connections");

    private final int code;
    private final String reason;

    CloseCode(int code, String reason) {
        this.code = code;
        this.reason = reason;
    }

    @Override
    public int getCode() {
        return code;
    }

    public CloseReason reason() {
        return new CloseReason(this, reason);
    }

    public static boolean is(CloseReason closeReason, CloseCode expected) {
        return closeReason.getCloseCode().getCode() == expected.code;
    }
}
