package dev.deskrelay.protocol;

/** Stable error codes carried by {@code error} and {@code action_result} messages. */
public enum ErrorCode {
    BAD_JSON,
    UNKNOWN_TYPE,
    BAD_MESSAGE,
    NOT_AUTHENTICATED,
    NOT_SIGNED_IN,
    ALREADY_AUTHENTICATED,
    NOT_ALLOWED,
    BAD_CREDENTIALS,
    BAD_TOKEN,
    BAD_CODE,
    CODE_EXPIRED,
    TOO_MANY_ATTEMPTS,
    RATE_LIMITED,
    TOO_MANY_CONNECTIONS,
    NOT_GRANTED,
    DEVICE_OFFLINE,
    DUPLICATE_ID,
    UNKNOWN_ID,
    TIMEOUT,
    UNKNOWN_ACTION,
    BAD_ARGUMENTS,
    ACTION_DISABLED,
    ACTION_FAILED,
    RELAY_STOPPING,
    RELAY_LOST,
    INTERNAL_ERROR;

    /** The code as it appears on the wire, e.g. {@code device_offline}. */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
