package dev.deskrelay.agent.connection;

import java.time.Duration;

/** How long to wait before reconnecting; a policy so that backoff can replace the fixed pause. */
@FunctionalInterface
public interface ReconnectDelay {

    /** @param attempt 1 for the first try after losing or failing to open a connection, then 2, 3, … */
    Duration before(int attempt);
}
