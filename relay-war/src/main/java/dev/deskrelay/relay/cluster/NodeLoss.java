package dev.deskrelay.relay.cluster;

import java.time.Clock;
import java.util.UUID;
import java.util.logging.Logger;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;

import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.relay.routing.ActionAnswers;
import dev.deskrelay.relay.routing.LocalRouter;

/**
 * A member left the grid, whether it said goodbye or died: every survivor answers its own actions
 * that went through it ({@code relay_lost}), tells its own viewers of the devices whose agents it
 * held that they are offline, and removes what the grid still says about it (each survivor does,
 * conditionally, so whoever comes second finds nothing). Its agents come back through the balancer.
 */
final class NodeLoss implements MembershipListener {

    private static final Logger LOG = Logger.getLogger(NodeLoss.class.getName());

    private final LocalRouter local;
    private final ActionAnswers answers;
    private final Ownership ownership;
    private final Interest interest;
    private final MemberMail mail;
    private final OwedAnswers owed;
    private final RemoteAgents remoteAgents;
    private final CatchUps catchUps;
    private final Clock clock;

    NodeLoss(LocalRouter local, ActionAnswers answers, Ownership ownership, Interest interest, MemberMail mail,
            OwedAnswers owed, RemoteAgents remoteAgents, CatchUps catchUps, Clock clock) {
        this.local = local;
        this.answers = answers;
        this.ownership = ownership;
        this.interest = interest;
        this.mail = mail;
        this.owed = owed;
        this.remoteAgents = remoteAgents;
        this.catchUps = catchUps;
        this.clock = clock;
    }

    @Override
    public void memberAdded(MembershipEvent event) {
        LOG.info(() -> "relay " + event.getMember().getUuid() + " joined the cluster");
    }

    @Override
    public void memberRemoved(MembershipEvent event) {
        UUID lost = event.getMember().getUuid();
        var devices = remoteAgents.lost(lost);
        for (String deviceId : devices) {
            answers.agentGone(deviceId, ErrorCode.RELAY_LOST, "the relay holding the device's connection was lost");
            // an agent quick to reconnect may be back on another member already: then it is not offline
            if (ownership.owner(deviceId).filter(member -> !member.equals(lost)).isEmpty()) {
                local.toViewers(deviceId, new RelayToViewer.Presence(deviceId, false, clock.millis()));
            }
        }
        owed.forget(lost);
        catchUps.forget(lost);
        mail.forget(lost);
        interest.forget(lost);
        int claims = ownership.forget(lost).size();
        LOG.warning(() -> "relay " + lost + " left the cluster; " + devices.size() + " of its devices were watched"
                + " here, " + claims + " of its claims were removed here");
    }
}
