package dev.deskrelay.protocol;

/** A message that cannot be accepted, with the error code its sender is told. */
public class ProtocolViolation extends RuntimeException {

    private final ErrorCode code;
    private final Long retryAfterSeconds;

    public ProtocolViolation(ErrorCode code, String message) {
        this(code, message, null);
    }

    /** @param retryAfterSeconds when the sender may try again, for a refusal that passes */
    public ProtocolViolation(ErrorCode code, String message, Long retryAfterSeconds) {
        super(message, null, false, false);
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public ErrorCode code() {
        return code;
    }

    /** @return null unless the refusal passes with time */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The violation behind a failure, if one is: container layers wrap what handlers throw. */
    public static java.util.Optional<ProtocolViolation> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProtocolViolation violation) {
                return java.util.Optional.of(violation);
            }
        }
        return java.util.Optional.empty();
    }
}
