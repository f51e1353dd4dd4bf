package dev.deskrelay.agent.connection;

import java.time.Duration;

/** The same pause before every reconnection attempt. */
public record FixedDelay(Duration delay) implements ReconnectDelay {

    @Override
    public Duration before(int attempt) {
        return delay;
    }
}
