package dev.deskrelay.relay.cluster;

import java.util.logging.Logger;

import com.hazelcast.core.LifecycleEvent;
import com.hazelcast.core.LifecycleListener;

import dev.deskrelay.protocol.CloseCode;

/**
 * A network partition between members healed and this member's half merged into the other: what
 * the grid says of this member's agents and viewers is made true again. Hazelcast merges a map's
 * entries only where the other half has none, so a device whose agent reconnected to the other
 * half meanwhile keeps that claim, and the agent this member still holds for it is closed as
 * replaced (4009) as on one relay.
 */
final class MergeRepair implements LifecycleListener {

    private static final Logger LOG = Logger.getLogger(MergeRepair.class.getName());

    private final AgentClaims claims;
    private final Interest interest;

    MergeRepair(AgentClaims claims, Interest interest) {
        this.claims = claims;
        this.interest = interest;
    }

    @Override
    public void stateChanged(LifecycleEvent event) {
        if (event.getState() == LifecycleEvent.LifecycleState.MERGED) {
            // on Hazelcast's merge task, which must not end in the relay's exception
            GridThread.run(LOG, () -> "repair after a healed partition", this::repair);
        }
    }

    void repair() {
        var stale = claims.repair();
        stale.forEach(agent -> agent.close(CloseCode.REPLACED.reason()));
        interest.repair();
        LOG.warning(() -> "this relay rejoined the cluster after a network partition; " + stale.size()
                + " of its agents had connected to another relay meanwhile and were closed");
    }
}
