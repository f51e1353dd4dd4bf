package dev.deskrelay.protocol;

/** A message that cannot be accepted, with the error code its sender is told. */
public class ProtocolViolation extends RuntimeException {

    private final ErrorCode code;

    public ProtocolViolation(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
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
