package dev.deskrelay.relay.cluster;

import java.util.function.Supplier;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What crosses between members, in the application registry (Prometheus:
 * {@code deskrelay_cluster_sent_messages_total} and so on); the benchmark reads these names. Made,
 * with the {@link ClusterNode}, only when the cluster is on.
 */
@ApplicationScoped
class ClusterMetrics implements ClusterTraffic {

    @Inject
    MetricRegistry registry;

    private Counter sentMessages;
    private Counter sentBytes;
    private Counter receivedMessages;
    private Counter receivedBytes;

    @PostConstruct
    void register() {
        sentMessages = registry.counter("deskrelay.cluster.sent.messages");
        sentBytes = registry.counter("deskrelay.cluster.sent.bytes");
        receivedMessages = registry.counter("deskrelay.cluster.received.messages");
        receivedBytes = registry.counter("deskrelay.cluster.received.bytes");
    }

    @Override
    public void sent(int bytes) {
        sentMessages.inc();
        sentBytes.inc(bytes);
    }

    @Override
    public void received(int bytes) {
        receivedMessages.inc();
        receivedBytes.inc(bytes);
    }

    /** The devices whose agent is on this member that viewers on other members watch. */
    void remotelyWatched(Supplier<Long> devices) {
        registry.gauge("deskrelay.cluster.remote.watched.devices", devices);
    }
}
