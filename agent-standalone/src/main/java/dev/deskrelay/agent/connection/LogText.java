package dev.deskrelay.agent.connection;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;

/** Short wording for log lines and messages to the person at the computer. */
final class LogText {

    private static final MathContext TWO_DIGITS = new MathContext(2);

    private LogText() {
    }

    /** Two significant digits, e.g. {@code 0.042 s}, {@code 1.3 s}, {@code 25 s}. */
    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).round(TWO_DIGITS).stripTrailingZeros().toPlainString() + " s";
    }

    /** The innermost message, which says what went wrong ("Connection refused") where the wrappers don't. */
    static String rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
