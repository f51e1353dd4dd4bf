package dev.deskrelay.timers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IdleTimerSchedulerTest {

    private final ScheduledExecutorService plain = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        plain.shutdownNow();
    }

    @Test
    void aTyrusContainerHandsOutTheGivenScheduler() {
        ClientManager container = ClientManager.createClient();

        assertTrue(IdleTimerScheduler.replace(container, plain));
        assertSame(plain, container.getScheduledExecutorService());
    }

    @Test
    void anythingElseIsLeftAlone() {
        assertFalse(IdleTimerScheduler.replace(new Object(), plain));
        assertFalse(IdleTimerScheduler.replace(null, plain));
    }
}
