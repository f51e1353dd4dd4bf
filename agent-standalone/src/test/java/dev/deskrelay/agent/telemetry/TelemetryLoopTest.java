package dev.deskrelay.agent.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.AgentToRelay;
import oshi.SystemInfo;

class TelemetryLoopTest {

    private static final Duration SHORT = Duration.ofMillis(100);

    private final SystemInfo system = new SystemInfo();
    private final BlockingQueue<AgentToRelay> sent = new LinkedBlockingQueue<>();

    @Test
    void tellsWhatTheMachineIsThenItsFilesystemsThenSamples() throws InterruptedException {
        TelemetryLoop loop = new TelemetryLoop(system, SHORT, "1.2.3");

        Future<?> running = loop.start(sent::add);
        try {
            AgentToRelay.SystemInfo info = assertInstanceOf(AgentToRelay.SystemInfo.class, next());
            assertEquals("1.2.3", info.system().agentVersion());
            assertInstanceOf(AgentToRelay.Filesystems.class, next());
            assertInstanceOf(AgentToRelay.Telemetry.class, next());
            assertInstanceOf(AgentToRelay.Telemetry.class, next());
        } finally {
            running.cancel(false);
        }
    }

    @Test
    void cancellingStopsEveryScheduleOfThatStart() throws InterruptedException {
        TelemetryLoop loop = new TelemetryLoop(system, SHORT, SHORT, "1.2.3");
        AtomicBoolean cancelled = new AtomicBoolean();
        List<AgentToRelay> afterCancel = new CopyOnWriteArrayList<>();
        Future<?> running = loop.start(message -> (cancelled.get() ? afterCancel : sent).add(message));
        next();
        next();

        cancelled.set(true);
        assertTrue(running.cancel(false));

        assertTrue(running.isCancelled());
        Thread.sleep(800);
        // the one thread's tick that was running may still finish, however long sampling takes on a
        // busy machine; uncancelled, the schedules every 100 ms would have sent several
        assertTrue(afterCancel.size() <= 1, afterCancel.toString());
    }

    @Test
    void aFailingTickDoesNotEndTheSchedule() throws InterruptedException {
        TelemetryLoop loop = new TelemetryLoop(system, SHORT, "1.2.3");
        AtomicBoolean failed = new AtomicBoolean();

        Future<?> running = loop.start(message -> {
            if (message instanceof AgentToRelay.Telemetry && failed.compareAndSet(false, true)) {
                throw new IllegalStateException("the socket is closing");
            }
            sent.add(message);
        });
        try {
            next();
            next();
            assertInstanceOf(AgentToRelay.Telemetry.class, next());
            assertTrue(failed.get());
        } finally {
            running.cancel(false);
        }
    }

    @Test
    void refusesAnIntervalShorterThanAMillisecond() {
        assertThrows(IllegalArgumentException.class, () -> new TelemetryLoop(system, Duration.ZERO, "1.2.3"));
        assertThrows(IllegalArgumentException.class, () -> new TelemetryLoop(system, Duration.ofNanos(500), "1.2.3"));
    }

    private AgentToRelay next() throws InterruptedException {
        AgentToRelay message = sent.poll(10, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("nothing sent within 10 s");
        }
        return message;
    }
}
