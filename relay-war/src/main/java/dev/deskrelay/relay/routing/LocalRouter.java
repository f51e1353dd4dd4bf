package dev.deskrelay.relay.routing;

import dev.deskrelay.protocol.RelayToAgent;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.WireFormat;
import dev.deskrelay.relay.metrics.RelayMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Routes to the connections of this relay instance; a message is encoded once, however many get it. */
@ApplicationScoped
public class LocalRouter implements Router {

    private final WireFormat<RelayToAgent> toAgents = new WireFormat<>(RelayToAgent.class);
    private final WireFormat<RelayToViewer> toViewers = new WireFormat<>(RelayToViewer.class);

    @Inject
    PairingRegistry registry;
    @Inject
    RelayMetrics metrics;

    @Override
    public boolean toAgent(String deviceId, RelayToAgent message) {
        var agent = registry.agent(deviceId);
        agent.ifPresent(peer -> {
            peer.send(toAgents.write(message));
            metrics.relayed();
        });
        return agent.isPresent();
    }

    @Override
    public void toViewers(String deviceId, RelayToViewer message) {
        var viewers = registry.viewers(deviceId);
        if (!viewers.isEmpty()) {
            String text = toViewers.write(message);
            viewers.forEach(viewer -> {
                viewer.send(text);
                metrics.relayed();
            });
        }
    }

    @Override
    public void latestToViewers(String deviceId, RelayToViewer message) {
        var viewers = registry.viewers(deviceId);
        if (!viewers.isEmpty()) {
            String text = toViewers.write(message);
            String key = message.getClass().getSimpleName() + "/" + deviceId;
            viewers.forEach(viewer -> {
                viewer.sendLatest(key, text);
                metrics.relayed();
            });
        }
    }
}
