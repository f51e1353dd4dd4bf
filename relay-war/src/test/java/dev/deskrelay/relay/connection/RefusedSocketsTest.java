package dev.deskrelay.relay.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RefusedSocketsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<String> counted = new ArrayList<>();
    private final RefusedSockets refused = new RefusedSockets(Duration.ofSeconds(5), now::get, counted::add);
    private final LogRecords log = LogRecords.of(RefusedSockets.class);

    @AfterEach
    void detach() {
        log.close();
    }

    @Test
    void aStormOfRefusalsIsCountedEachAndLoggedOnceAPeriod() {
        for (int i = 0; i < 500; i++) {
            refused.refused("too_many_connections", "10.0.0." + (i % 3));
            later(Duration.ofMillis(9));
        }
        assertEquals(500, counted.size(), "every refusal reaches the metric");
        assertEquals(List.of("refused sockets: 1 too_many_connections (the last from 10.0.0.0)"),
                log.messagesAt(Level.WARNING), "the first at once, the rest not within the period");

        refused.flush();
        assertEquals(1, log.messagesAt(Level.WARNING).size(), "still within the period");
        later(Duration.ofSeconds(1));
        refused.flush();
        assertEquals("refused sockets: 499 too_many_connections (the last from 10.0.0.1)",
                log.messagesAt(Level.WARNING).get(1), "the rest, added up, once the period is over");

        later(Duration.ofSeconds(60));
        refused.flush();
        assertEquals(2, log.messagesAt(Level.WARNING).size(), "nothing new, nothing logged");
    }

    @Test
    void reasonsAreCountedApartInOneLine() {
        refused.refused("too_many_connections", "10.0.0.1");
        refused.refused("too_many_connections", "10.0.0.2");
        refused.refused("origin", "10.0.0.3");
        later(Duration.ofSeconds(5));
        refused.flush();

        assertEquals(List.of("too_many_connections", "too_many_connections", "origin"), counted);
        assertEquals(List.of("refused sockets: 1 too_many_connections (the last from 10.0.0.1)",
                "refused sockets: 1 origin (the last from 10.0.0.3), 1 too_many_connections (the last from 10.0.0.2)"),
                log.messagesAt(Level.WARNING));
    }

    private void later(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
