package dev.deskrelay.relay.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OversizedFramesTest {

    private final OversizedFrames filter = new OversizedFrames();
    private final LogRecords log = LogRecords.of(OversizedFrames.class);

    @AfterEach
    void detach() {
        log.close();
    }

    @Test
    void tyrusBufferOverflowBecomesOneLineWithoutATrace() {
        assertFalse(filter.isLoggable(unexpected(thrownBy(new IllegalArgumentException("Buffer overflow."),
                "org.glassfish.tyrus.core.Utils", "org.glassfish.tyrus.core.TyrusWebSocketEngine$TyrusReadHandler"))));
        assertFalse(filter.isLoggable(unexpected(thrownBy(new IllegalArgumentException("Buffer overflow."),
                "org.glassfish.tyrus.core.TyrusWebSocketEngine$TyrusReadHandler"))));

        assertEquals(2, log.at(Level.INFO).size());
        assertTrue(log.at(Level.INFO).stream().allMatch(record -> record.getThrown() == null));
    }

    @Test
    void everyOtherRecordPasses() {
        assertTrue(filter.isLoggable(new LogRecord(Level.WARNING, "could not create the endpoint")));
        assertTrue(filter.isLoggable(unexpected(new IllegalStateException("a bug"))));
        assertTrue(filter.isLoggable(unexpected(thrownBy(new IllegalArgumentException("elsewhere"),
                "org.glassfish.tyrus.core.Utils", "dev.deskrelay.relay.Somewhere"))));
        assertEquals(0, log.at(Level.INFO).size());
    }

    private static LogRecord unexpected(Throwable thrown) {
        var record = new LogRecord(Level.WARNING, "Unexpected error, closing connection.");
        record.setThrown(thrown);
        return record;
    }

    private static Throwable thrownBy(Throwable thrown, String... classes) {
        var stack = new StackTraceElement[classes.length];
        for (int i = 0; i < classes.length; i++) {
            stack[i] = new StackTraceElement(classes[i], "handle", null, 1);
        }
        thrown.setStackTrace(stack);
        return thrown;
    }
}
