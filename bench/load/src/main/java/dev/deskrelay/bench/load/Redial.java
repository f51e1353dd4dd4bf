package dev.deskrelay.bench.load;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.deskrelay.bench.measure.Count;
import dev.deskrelay.bench.measure.Measurements;

/**
 * Brings back the clients of one kind whose socket the relay dropped, as real agents and pages
 * come back, and counts the attempts and the successes. It stops for good when the run stops
 * sending: the drain and the close then meet no new socket, and the run ends as bounded as before.
 */
public final class Redial {

    /**
     * Closes after which the real agent and page give up, because trying again cannot help: the
     * credential or token refused (4001), the viewer revoked (4003), the device removed (4004),
     * another socket took over the credential (4009). See docs/protocol.md, close codes.
     */
    private static final Set<Integer> FINAL = Set.of(4001, 4003, 4004, 4009);

    /** The clients a redial brings back, by where their attempts and successes are counted. */
    public record Kind(Count attempted, Count succeeded) {
        public static final Kind AGENT = new Kind(Count.AGENT_RECONNECTS_ATTEMPTED, Count.AGENT_RECONNECTS_SUCCEEDED);
        public static final Kind VIEWER = new Kind(Count.VIEWER_RECONNECTS_ATTEMPTED, Count.VIEWER_RECONNECTS_SUCCEEDED);
    }

    private final ScheduledExecutorService scheduler;
    private final Measurements measurements;
    private final Kind kind;
    private volatile boolean stopped;

    private Redial(ScheduledExecutorService scheduler, Measurements measurements, Kind kind) {
        this.scheduler = scheduler;
        this.measurements = measurements;
        this.kind = kind;
    }

    /**
     * Stopped from the start: a dropped client stays dropped. For {@code --no-reconnect}, the echo
     * floor (it measures the server, not recovery) and the prototype's clients (kept as they were
     * first measured).
     */
    public static Redial off() {
        var off = new Redial(null, null, null);
        off.stop();
        return off;
    }

    public static Redial on(Clockwork clockwork, Measurements measurements, Kind kind) {
        return new Redial(clockwork.scheduler(), measurements, kind);
    }

    /** Whether a socket that ended with {@code closeCode} is worth dialling again now. */
    boolean wanted(int closeCode) {
        return !stopped && !FINAL.contains(closeCode);
    }

    /** Dials after {@code pause}, unless the run has stopped meanwhile. */
    void after(Duration pause, Runnable dial) {
        scheduler.schedule(() -> {
            if (!stopped) {
                measurements.count(kind.attempted());
                dial.run();
            }
        }, pause.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** A dialled-again client is ready again. */
    void succeeded() {
        measurements.count(kind.succeeded());
    }

    /** From now on no client is dialled again, not even one whose pause is running. */
    public void stop() {
        stopped = true;
    }
}
