package dev.deskrelay.relay.connection;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glassfish.tyrus.core.TyrusSession;

import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.WireFormat;
import dev.deskrelay.relay.limits.MessageBudget;
import dev.deskrelay.relay.limits.SocketsPerAddress;
import dev.deskrelay.relay.metrics.RelayMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

/**
 * What every socket gets. Payara's defaults are no idle timeout and no size limit, and TCP can
 * keep a dead peer's socket open for hours, so the relay watches each socket itself, once per
 * sweep rather than per frame: one that has not authenticated within the deadline is closed
 * ({@link CloseCode#AUTH_TIMEOUT}); a quiet one is pinged, and one from which nothing at all (not
 * even a pong) arrived for the idle timeout is closed ({@link CloseCode#SILENT}). It also holds
 * the per-address socket cap and gives each socket its message budget.
 */
@ApplicationScoped
public class ConnectionGuard {

    private static final Logger LOG = Logger.getLogger(ConnectionGuard.class.getName());

    /** Who is on the other end decides the message budget. */
    public enum Side { AGENT, VIEWER, PROTOTYPE }

    @Inject
    ScheduledExecutorService scheduler;
    @Inject
    RelayMetrics metrics;
    @Inject
    @ConfigProperty(name = "deskrelay.auth-timeout-seconds", defaultValue = "10")
    long authTimeoutSeconds;
    @Inject
    @ConfigProperty(name = "deskrelay.idle-timeout-seconds", defaultValue = "60")
    long idleTimeoutSeconds;
    @Inject
    @ConfigProperty(name = "deskrelay.agent-messages-per-second", defaultValue = "20")
    double agentRate;
    @Inject
    @ConfigProperty(name = "deskrelay.agent-message-burst", defaultValue = "40")
    int agentBurst;
    @Inject
    @ConfigProperty(name = "deskrelay.viewer-messages-per-second", defaultValue = "10")
    double viewerRate;
    @Inject
    @ConfigProperty(name = "deskrelay.viewer-message-burst", defaultValue = "20")
    int viewerBurst;
    @Inject
    // generous: a whole office of agents behind one NAT address is normal
    @ConfigProperty(name = "deskrelay.max-sockets-per-address", defaultValue = "1000")
    int maxSocketsPerAddress;
    @Inject
    @ConfigProperty(name = "deskrelay.outbox-limit", defaultValue = "128")
    int outboxLimit;
    @Inject
    // what the relay holds for all readers together; each stalled socket holds little of it
    @ConfigProperty(name = "deskrelay.slow-readers-max-bytes", defaultValue = "33554432")
    long slowReadersMaxBytes;

    private final Map<SessionPeer<?>, Side> live = new ConcurrentHashMap<>();
    private SocketsPerAddress addresses;
    private RefusedSockets refused;
    private ReaderBudget readerBudget;
    private ScheduledFuture<?> sweeps;
    private volatile long lastSweepNanos = System.nanoTime();

    /** At deployment rather than at the first socket, so that the gauges are there from the start. */
    void deployed(@Observes @Initialized(ApplicationScoped.class) Object application) {
        metrics.gauge("deskrelay.agents.connected", () -> open(Side.AGENT));
        metrics.gauge("deskrelay.viewers.connected", () -> open(Side.VIEWER));
    }

    @PostConstruct
    void start() {
        addresses = new SocketsPerAddress(maxSocketsPerAddress);
        refused = new RefusedSockets(Duration.ofSeconds(5), System::nanoTime, metrics::socketRefused);
        readerBudget = new ReaderBudget(slowReadersMaxBytes);
        long every = sweepPeriod().toMillis();
        sweeps = scheduler.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        sweeps.cancel(false);
    }

    /** Starts watching a freshly opened socket; returns it as the relay talks to it. */
    public <O> SessionPeer<O> watch(Session session, Side side, WireFormat<O> format, BooleanSupplier authenticated) {
        // No container idle timeout on top of the sweep: with one, each frame leaves a task queued on
        // the managed scheduler for the whole timeout (about 15 KiB a socket under load), and a task
        // already running when it is set can close a fresh session at once (docs/benchmarks.md).
        String address = session instanceof TyrusSession tyrus ? tyrus.getRemoteAddr() : "unknown";
        var peer = new SessionPeer<>(session, address, format, new MessageBudget(rate(side), System::nanoTime),
                scheduler, metrics, outboxLimit, readerBudget);
        if (!addresses.tryOpen(address)) {
            refused.refused(ErrorCode.TOO_MANY_CONNECTIONS.wire(), address);
            metrics.rejected(ErrorCode.TOO_MANY_CONNECTIONS);
            // closing calls the endpoint's @OnClose at once, which must find its peer set
            scheduler.execute(() -> peer.close(CloseCode.TOO_MANY_CONNECTIONS.reason()));
            return peer;
        }
        live.put(peer, side);
        scheduler.schedule(() -> {
            if (peer.isOpen() && !authenticated.getAsBoolean()) {
                peer.close(CloseCode.AUTH_TIMEOUT.reason());
            }
        }, authTimeoutSeconds, TimeUnit.SECONDS);
        return peer;
    }

    /** A handshake refused before it became a socket (a foreign origin): counted and summarised like the rest. */
    public void refusedHandshake(String reason, String address) {
        refused.refused(reason, address);
    }

    /** The socket closed: its place under the address cap is free again. */
    public void release(SessionPeer<?> peer) {
        peer.released();
        if (live.remove(peer) != null) {
            addresses.closed(peer.address());
        }
    }

    /**
     * Closes every socket once what is queued for it is written, and waits until the closes are
     * under way or {@code grace} has passed: a reader that stopped reading must not hold up a stop.
     */
    public void closeAll(CloseReason reason, Duration grace) {
        live.keySet().forEach(peer -> peer.closeWhenSent(reason));
        long deadline = System.nanoTime() + grace.toNanos();
        while (live.keySet().stream().anyMatch(SessionPeer::isOpen) && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(20));
        }
    }

    public long open(Side side) {
        return live.values().stream().filter(side::equals).count();
    }

    public Duration sinceLastSweep() {
        return Duration.ofNanos(System.nanoTime() - lastSweepNanos);
    }

    public Duration sweepPeriod() {
        return Duration.ofMillis(Math.max(500, TimeUnit.SECONDS.toMillis(idleTimeoutSeconds) / 12));
    }

    private void sweep() {
        long now = System.nanoTime();
        lastSweepNanos = now;
        refused.flush();
        long pingAfter = TimeUnit.SECONDS.toNanos(idleTimeoutSeconds) / 3;
        // closed when the next sweep would come too late to keep the promise of the idle timeout
        long deadAfter = TimeUnit.SECONDS.toNanos(idleTimeoutSeconds) - sweepPeriod().toNanos();
        live.keySet().forEach(peer -> {
            // one socket's failure must not end the schedule: that would switch off the idle timeout for all
            try {
                watch(peer, now, pingAfter, deadAfter);
            } catch (RuntimeException failed) {
                LOG.log(Level.SEVERE, "the sweep could not check session " + peer.id(), failed);
            }
        });
    }

    private void watch(SessionPeer<?> peer, long now, long pingAfter, long deadAfter) {
        long silent = peer.silentNanos(now);
        if (!peer.isOpen()) {
            release(peer);
        } else if (silent >= deadAfter) {
            LOG.info(() -> "closing session " + peer.id() + " from " + peer.address() + ": silent for "
                    + TimeUnit.NANOSECONDS.toSeconds(silent) + " s");
            peer.close(CloseCode.SILENT.reason());
        } else if (silent >= pingAfter) {
            peer.ping();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private MessageBudget.Rate rate(Side side) {
        return side == Side.VIEWER ? new MessageBudget.Rate(viewerRate, viewerBurst)
                : new MessageBudget.Rate(agentRate, agentBurst);
    }
}
