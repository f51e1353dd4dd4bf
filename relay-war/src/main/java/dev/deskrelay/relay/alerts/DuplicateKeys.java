package dev.deskrelay.relay.alerts;

import java.sql.SQLException;

/**
 * Tells an ordinary cluster race from a failure: two nodes that both store a rule's state on a
 * device (its agent moved between them, or two survivors fired the same offline rule) insert the
 * same ALERT_STATES key, and the database refuses the second. Whatever wraps it (JPA, the
 * transaction's commit, the interceptor), the cause is an SQL error of class 23, integrity
 * constraint violation, in H2 and PostgreSQL alike.
 */
final class DuplicateKeys {

    private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";

    private DuplicateKeys() {
    }

    static boolean refused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_VIOLATION)) {
                return true;
            }
        }
        return false;
    }
}
