package dev.deskrelay.relay.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a query that failed for want of a connection three times, five seconds
 * apart, and has no persistence property to say otherwise. The relay's queries run on socket and
 * request threads, which must not stall for fifteen seconds: a query fails at once, and its caller
 * answers or logs as it would any database failure. It showed at every stop on H2, whose own
 * shutdown hook closes the database while the relay is still closing its sockets: each agent's
 * last-seen write held the stop up ten seconds.
 */
public final class FailFastQueries implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
    }
}
