package dev.deskrelay.relay.alerts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import org.junit.jupiter.api.Test;

class DuplicateKeysTest {

    @Test
    void aDuplicateKeyWrappedByTheCommitIsARace() {
        var h2 = new SQLIntegrityConstraintViolationException("Unique index or primary key violation", "23505");
        var commit = new IllegalStateException("rolled back", new RuntimeException("flush", h2));
        assertTrue(DuplicateKeys.refused(commit));
        assertTrue(DuplicateKeys.refused(new RuntimeException(new SQLException("duplicate key value", "23505"))),
                "PostgreSQL's plain SQLException with its state");
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertFalse(DuplicateKeys.refused(new RuntimeException(new SQLException("connection refused", "08001"))));
        assertFalse(DuplicateKeys.refused(new RuntimeException(new SQLException("no state"))));
        assertFalse(DuplicateKeys.refused(new IllegalStateException("nothing from the database")));
    }
}
