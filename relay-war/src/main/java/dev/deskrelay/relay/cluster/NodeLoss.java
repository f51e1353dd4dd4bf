package dev.deskrelay.relay.cluster;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;

import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.relay.presence.PresenceWatch;

/**
 * A member left the grid, whether it said goodbye or died: every survivor answers its own actions
 * that went through it ({@code relay_lost}), tells its own viewers of the devices whose agents it
 * held as far as it knows that they are offline, and removes what the grid still says about it (each survivor does,
 * conditionally, so whoever comes second finds nothing). Its agents come back through the balancer.
 */
final class NodeLoss implements MembershipListener {

    private static final Logger LOG = Logger.getLogger(NodeLoss.class.getName());

    private final MemberParts parts;
    private final Clock clock;
    private final PresenceWatch watch;

    NodeLoss(MemberParts parts, Clock clock, PresenceWatch watch) {
        this.parts = parts;
        this.clock = clock;
        this.watch = watch;
    }

    @Override
    public void memberAdded(MembershipEvent event) {
        LOG.info(() -> "relay " + event.getMember().getUuid() + " joined the cluster");
    }

    /** Each step on its own, so one that fails leaves the others to run. */
    @Override
    public void memberRemoved(MembershipEvent event) {
        UUID lost = event.getMember().getUuid();
        step("answer the actions sent through relay " + lost, () -> {
            for (String deviceId : parts.sentActions().lost(lost)) {
                parts.answers().agentGone(deviceId, ErrorCode.RELAY_LOST,
                        "the relay holding the device's connection was lost");
            }
        });
        List<String> devices = new ArrayList<>();
        step("tell the viewers of relay " + lost + "'s devices that they are offline", () -> {
            devices.addAll(parts.remoteAgents().lost(lost));
            for (String deviceId : devices) {
                // an agent quick to reconnect may be back on another member already: then it is not offline
                if (parts.ownership().owner(deviceId).filter(member -> !member.equals(lost)).isEmpty()) {
                    parts.local().toViewers(deviceId, new RelayToViewer.Presence(deviceId, false, clock.millis()));
                }
            }
        });
        step("forget what relay " + lost + " was owed", () -> parts.owed().forget(lost));
        step("forget the catch-ups asked of relay " + lost, () -> parts.catchUps().forget(lost));
        step("forget relay " + lost + "'s mail", () -> parts.mail().forget(lost));
        step("remove relay " + lost + "'s viewers", () -> parts.interest().forget(lost));
        AtomicInteger claims = new AtomicInteger();
        step("remove relay " + lost + "'s claims", () -> claims.set(parts.ownership().forget(lost).size()));
        // Offline alerts: the lost relay's devices are offline now that this member's removal is done
        // (whoever removed each claim), and those that went offline on it earlier are in no claim.
        // One survivor, the oldest, looks for them all, so no two nodes fire one alert at once.
        if (event.getMembers().iterator().next().localMember()) {
            step("look for devices that went offline with relay " + lost, watch::offlineOnALostRelay);
        }
        LOG.warning(() -> "relay " + lost + " left the cluster; " + devices.size() + " of its devices were watched"
                + " here, " + claims + " of its claims were removed here");
    }

    private static void step(String what, Runnable work) {
        GridThread.run(LOG, () -> what, work);
    }
}
