package dev.deskrelay.relay.routing;

import dev.deskrelay.protocol.RelayToAgent;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.WireFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Routes to the connections of this relay instance; a message is encoded once, however many get it. */
@ApplicationScoped
public class LocalRouter implements Router {

    private final WireFormat<RelayToAgent> toAgents = new WireFormat<>(RelayToAgent.class);
    private final WireFormat<RelayToViewer> toViewers = new WireFormat<>(RelayToViewer.class);

    @Inject
    PairingRegistry registry;

    @Override
    public boolean toAgent(String deviceId, RelayToAgent message) {
        var agent = registry.agent(deviceId);
        agent.ifPresent(peer -> peer.send(toAgents.write(message)));
        return agent.isPresent();
    }

    @Override
    public void toViewers(String deviceId, RelayToViewer message) {
        var viewers = registry.viewers(deviceId);
        if (viewers.isEmpty()) {
            return;
        }
        String text = toViewers.write(message);
        viewers.forEach(viewer -> viewer.send(text));
    }
}
