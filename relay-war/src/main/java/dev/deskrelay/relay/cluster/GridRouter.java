package dev.deskrelay.relay.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hazelcast.core.HazelcastInstance;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.RelayToAgent;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.WireFormat;
import dev.deskrelay.relay.cluster.Envelope.Kind;
import dev.deskrelay.relay.presence.PresenceWatch;
import dev.deskrelay.relay.routing.ActionAnswers;
import dev.deskrelay.relay.routing.DeviceMemory;
import dev.deskrelay.relay.routing.LocalRouter;
import dev.deskrelay.relay.routing.Peer;
import dev.deskrelay.relay.routing.Router;
import dev.deskrelay.relay.routing.ViewerSocket;
import jakarta.websocket.CloseReason;

/**
 * The router of a clustered relay. This member's own sockets are the {@link LocalRouter}'s; what
 * concerns a device whose agent is on another member, or viewers on other members, crosses the
 * grid: to the member holding the agent (actions, catch-up), to the members watching the device
 * (reports, presence), or to every member (revocation, removal). A message is encoded once, and
 * not at all when nobody watches the device.
 */
public final class GridRouter implements Router {

    static final WireFormat<RelayToViewer> TO_VIEWERS = new WireFormat<>(RelayToViewer.class);
    static final WireFormat<RelayToAgent> TO_AGENTS = new WireFormat<>(RelayToAgent.class);
    static final WireFormat<AgentToRelay> FROM_AGENTS = new WireFormat<>(AgentToRelay.class);

    private final LocalRouter local;
    private final ActionAnswers answers;
    private final UUID self;
    private final Ownership ownership;
    private final Interest interest;
    private final MemberMail mail;
    private final AgentClaims claims;
    private final OwedAnswers owed;
    private final RemoteAgents remoteAgents = new RemoteAgents();
    private final SentActions sentActions = new SentActions();
    private final CatchUps catchUps = new CatchUps();
    private final ActionTag tag;
    private final MergeRepair mergeRepair;

    /** Joins the grid's structures and listens; the router is ready when this returns. */
    GridRouter(HazelcastInstance grid, LocalRouter local, ActionAnswers answers,
            DeviceMemory memory, ClusterTraffic traffic, Clock clock, Duration actionTimeout, PresenceWatch watch) {
        this.local = local;
        this.owed = new OwedAnswers(actionTimeout, System::nanoTime);
        this.answers = answers;
        this.self = grid.getCluster().getLocalMember().getUuid();
        this.ownership = new Ownership(grid);
        this.interest = new Interest(grid);
        this.mail = new MemberMail(grid, traffic);
        this.claims = new AgentClaims(ownership, self);
        this.mergeRepair = new MergeRepair(claims, interest);
        this.tag = new ActionTag(Long.toString(grid.getFlakeIdGenerator("deskrelay.member-tags").newId(), 36));
        interest.open();
        var parts = new MemberParts(local, answers, ownership, interest, mail, owed, remoteAgents, sentActions,
                catchUps);
        mail.open(new GridInbox(parts, memory, claims, tag));
        grid.getCluster().addMembershipListener(new NodeLoss(parts, clock, watch));
        grid.getLifecycleService().addLifecycleListener(mergeRepair);
    }

    @Override
    public void attachAgent(String deviceId, Peer agent) {
        local.attachAgent(deviceId, agent);
        claims.claim(deviceId, agent).ifPresent(replaced -> mail.send(Ownership.memberOf(replaced),
                new Envelope(Kind.REPLACED, deviceId, replaced, "")));
    }

    @Override
    public boolean detachAgent(String deviceId, Peer agent) {
        boolean current = local.detachAgent(deviceId, agent);
        if (!claims.release(deviceId, agent)) {
            return false;
        }
        owed.offline(deviceId).forEach(asker -> mail.send(asker, Envelope.of(Kind.OFFLINE, deviceId)));
        return current;
    }

    @Override
    public boolean isOnline(String deviceId) {
        return local.isOnline(deviceId) || ownership.owner(deviceId).isPresent();
    }

    @Override
    public List<String> devicesOnlineHere() {
        return local.devicesOnlineHere();
    }

    @Override
    public void attachViewer(ViewerSocket viewer, Collection<String> deviceIds) {
        local.attachViewer(viewer, deviceIds);
        deviceIds.forEach(this::refreshInterest);
    }

    @Override
    public void detachViewer(ViewerSocket viewer, Collection<String> deviceIds) {
        local.detachViewer(viewer, deviceIds);
        deviceIds.forEach(this::refreshInterest);
    }

    @Override
    public void viewerClosed(ViewerSocket viewer, Collection<String> deviceIds) {
        local.viewerClosed(viewer, deviceIds);
        catchUps.forget(viewer.peer());
        deviceIds.forEach(this::refreshInterest);
    }

    @Override
    public int viewerCount(String deviceId) {
        return local.viewerCount(deviceId);
    }

    /** The message is an action: nothing else is routed to an agent (see {@link Router#toAgent}). */
    @Override
    public boolean toAgent(String deviceId, RelayToAgent message) {
        var action = (RelayToAgent.Action) message;
        var tagged = new RelayToAgent.Action(tag.tagged(action.id()), action.action(), action.args());
        if (local.toAgent(deviceId, tagged)) {
            return true;
        }
        // a claim outlives its member until the loss is handled: mail to a member already gone would
        // make its topic again, and nobody would answer
        var owner = ownership.owner(deviceId).filter(member -> !member.equals(self) && mail.isMember(member));
        if (owner.isEmpty()) {
            return false;
        }
        UUID member = owner.get();
        remoteAgents.heldBy(deviceId, member);
        sentActions.sent(deviceId, member);
        mail.send(member, new Envelope(Kind.ACTION, deviceId, tagged.id(), TO_AGENTS.write(tagged)));
        // the member may have been lost, and its loss handled, before this action was noted as sent
        // through it: then nobody else answers it
        return mail.isMember(member);
    }

    @Override
    public void closeAgent(String deviceId, CloseReason reason) {
        local.closeAgent(deviceId, reason);
        mail.broadcast(new Envelope(Kind.CLOSE_AGENT, deviceId, Integer.toString(reason.getCloseCode().getCode()),
                reason.getReasonPhrase()));
    }

    @Override
    public void toViewers(String deviceId, RelayToViewer message) {
        var members = interest.elsewhere(deviceId);
        if (members.isEmpty()) {
            local.toViewers(deviceId, message);
        } else if (message instanceof RelayToViewer.Presence presence) {
            String online = Boolean.toString(presence.online());
            local.toViewers(deviceId, cross(members, Kind.PRESENCE, deviceId, online, message));
        } else {
            local.toViewers(deviceId, cross(members, Kind.VIEWERS, deviceId, "", message));
        }
    }

    @Override
    public void latestToViewers(String deviceId, RelayToViewer message) {
        var members = interest.elsewhere(deviceId);
        if (members.isEmpty()) {
            local.latestToViewers(deviceId, message);
        } else {
            String key = LocalRouter.latestKey(deviceId, message);
            local.latestToViewers(deviceId, key, cross(members, Kind.LATEST, deviceId, key, message));
        }
    }

    /** Encodes the message once and mails it to the members watching the device; the text is for the viewers here. */
    private String cross(Set<UUID> members, Kind kind, String deviceId, String subject, RelayToViewer message) {
        String text = TO_VIEWERS.write(message);
        mail.send(members, new Envelope(kind, deviceId, subject, text));
        return text;
    }

    @Override
    public void toViewer(Peer viewer, RelayToViewer message) {
        local.toViewer(viewer, message);
    }

    @Override
    public boolean answer(String deviceId, AgentToRelay.ActionResult result) {
        var mine = tag.local(result);
        if (mine.isPresent()) {
            return answers.complete(deviceId, mine.get());
        }
        var asker = owed.answered(result.id(), deviceId);
        asker.ifPresent(member -> mail.send(member,
                new Envelope(Kind.ANSWER, deviceId, "", FROM_AGENTS.write(result))));
        return asker.isPresent();
    }

    @Override
    public void lose(String viewerId, String deviceId, RelayToViewer notice) {
        local.lose(viewerId, deviceId, notice);
        mail.broadcast(new Envelope(Kind.LOSE, deviceId, viewerId, TO_VIEWERS.write(notice)));
    }

    @Override
    public void share(String viewerId, RelayToViewer.Shared notice) {
        local.share(viewerId, notice);
        mail.broadcast(new Envelope(Kind.SHARE, notice.device().id(), viewerId, TO_VIEWERS.write(notice)));
    }

    @Override
    public void toAccount(String accountId, RelayToViewer message) {
        String text = TO_VIEWERS.write(message);
        local.toAccount(accountId, text);
        mail.broadcast(new Envelope(Kind.ACCOUNT, "", accountId, text));
    }

    @Override
    public void revoke(String viewerId) {
        local.revoke(viewerId);
        mail.broadcast(new Envelope(Kind.REVOKE, "", viewerId, ""));
    }

    /** What this member knows it tells at once; for a device whose agent is elsewhere, it asks that member. */
    @Override
    public void catchUp(Peer viewer, Collection<String> deviceIds) {
        List<String> here = new ArrayList<>();
        for (String deviceId : deviceIds) {
            ownership.owner(deviceId).filter(member -> !member.equals(self)).ifPresentOrElse(owner -> {
                remoteAgents.heldBy(deviceId, owner);
                mail.send(owner, new Envelope(Kind.CATCH_UP_ASK, deviceId, catchUps.ask(viewer, owner), ""));
            }, () -> here.add(deviceId));
        }
        local.catchUp(viewer, here);
    }

    /** What a healed partition makes this member do; see {@link MergeRepair}. */
    void repairAfterMerge() {
        mergeRepair.repair();
    }

    /** The devices whose agent is here and that another member watches. */
    long remotelyWatched() {
        return interest.watchedElsewhere().stream().filter(local::isOnline).count();
    }

    private void refreshInterest(String deviceId) {
        interest.refresh(deviceId, () -> local.viewerCount(deviceId) > 0);
    }
}
