package dev.deskrelay.relay.metrics;

import java.time.Duration;
import java.util.function.Supplier;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import dev.deskrelay.protocol.ErrorCode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The relay's metrics, in the application registry. */
@ApplicationScoped
public class RelayMetrics {

    @Inject
    MetricRegistry registry;

    private Counter relayed;
    private Counter coalesced;
    private Counter dropped;
    private Counter tooSlow;
    private Timer actionRoundTrip;

    @PostConstruct
    void register() {
        relayed = registry.counter("deskrelay.messages.relayed");
        coalesced = registry.counter("deskrelay.telemetry.coalesced");
        dropped = registry.counter("deskrelay.telemetry.dropped");
        tooSlow = registry.counter("deskrelay.viewers.too.slow");
        // A timer records nanoseconds; Payara's Prometheus export scales its mean, maximum and quantiles
        // to seconds only when the metadata says they are nanoseconds (the sum it always converts).
        actionRoundTrip = registry.timer(Metadata.builder().withName("deskrelay.action.round.trip")
                .withUnit(MetricUnits.NANOSECONDS).build());
    }

    /** A message handed to a recipient's socket. */
    public void relayed() {
        relayed.inc();
    }

    /** A message refused, by the error code (or close reason) it was answered with. */
    public void rejected(ErrorCode reason) {
        registry.counter("deskrelay.messages.rejected", new Tag("reason", reason.wire())).inc();
    }

    /** A socket closed as soon as it opened, by why (e.g. {@code too_many_connections}). */
    public void socketRefused(String reason) {
        registry.counter("deskrelay.sockets.refused", new Tag("reason", reason)).inc();
    }

    public void actionAnswered(Duration roundTrip) {
        actionRoundTrip.update(roundTrip);
    }

    public void gauge(String name, Supplier<Long> value) {
        registry.gauge(name, value);
    }

    /** A telemetry sample replaced by a newer one before a slow viewer got it. */
    public void coalesced() {
        coalesced.inc();
    }

    /** A telemetry sample dropped because the viewer's outbox was full. */
    public void dropped() {
        dropped.inc();
    }

    /** A viewer closed for falling too far behind. */
    public void overflowed() {
        tooSlow.inc();
    }
}
