package dev.deskrelay.relay.connection;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Tyrus reads each frame whole into a buffer (128 KiB, web.xml) before anything of the relay sees it, and a
 * frame larger than that makes it close the socket with 1011 and log "Unexpected error, closing
 * connection" at WARNING with the stack trace of an {@code IllegalArgumentException}. That is a
 * client's doing, not a fault, and no relay code runs that could say so instead; so this filter
 * on Tyrus's logger turns exactly that record into one {@code INFO} line and lets every other
 * record through (the same logger reports endpoints Tyrus could not create, which must stay).
 */
@ApplicationScoped
public class OversizedFrames implements Filter {

    // held here: the log manager keeps loggers only weakly, and a new one would come without the filter
    private static final Logger TYRUS = Logger.getLogger("org.glassfish.tyrus.core.TyrusEndpointWrapper");
    private static final Logger LOG = Logger.getLogger(OversizedFrames.class.getName());
    private static final String READ_HANDLER = "org.glassfish.tyrus.core.TyrusWebSocketEngine$TyrusReadHandler";
    private static final String BUFFERS = "org.glassfish.tyrus.core.Utils";

    private Filter before;

    void deployed(@Observes @Initialized(ApplicationScoped.class) Object application) {
        before = TYRUS.getFilter();
        TYRUS.setFilter(this);
    }

    @PreDestroy
    void undeployed() {
        if (TYRUS.getFilter() == this) {
            TYRUS.setFilter(before);
        }
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (isBufferOverflow(record.getThrown())) {
            LOG.info("closed a connection with 1011: it sent a frame larger than the WebSocket container's read buffer");
            return false;
        }
        return before == null || before.isLoggable(record);
    }

    /** Thrown where the read handler appends the bytes read to the frame buffer, and nowhere else. */
    static boolean isBufferOverflow(Throwable thrown) {
        if (!(thrown instanceof IllegalArgumentException) || thrown.getStackTrace().length == 0) {
            return false;
        }
        String thrower = thrown.getStackTrace()[0].getClassName();
        return thrower.equals(READ_HANDLER) || (thrower.equals(BUFFERS)
                && thrown.getStackTrace().length > 1 && thrown.getStackTrace()[1].getClassName().equals(READ_HANDLER));
    }
}
