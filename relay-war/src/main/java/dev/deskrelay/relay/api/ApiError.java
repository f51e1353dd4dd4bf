package dev.deskrelay.relay.api;

/**
 * A refusal the API answers as {@code {"error": code, "message": ...}} with its status; the code
 * is stable (docs/operations.md lists them), the message is for people.
 */
public class ApiError extends RuntimeException {

    private final int status;
    private final String code;
    private final long retryAfter;

    public ApiError(int status, String code, String message) {
        this(status, code, message, 0);
    }

    /** @param retryAfter seconds until a throttled try can count again; 0 when not throttled */
    public ApiError(int status, String code, String message, long retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public long retryAfter() {
        return retryAfter;
    }
}
