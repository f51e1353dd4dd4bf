package dev.deskrelay.relay.cluster;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;

/**
 * Messages between members. Each member listens on a topic of its own, so a message for one member
 * crosses the network once, to that member only; one more topic reaches every member. A topic's
 * messages from one member arrive in the order sent. Nothing is stored: a message for a member that
 * just died is lost, and what it was about is answered by the node-loss handling instead.
 */
final class MemberMail {

    /** Where a member's mail is handed, on a Hazelcast event thread. */
    interface Inbox {
        void receive(UUID from, Envelope envelope);
    }

    private static final Logger LOG = Logger.getLogger(MemberMail.class.getName());
    private static final String MEMBER_TOPIC = "deskrelay.member.";
    private static final String EVERYONE_TOPIC = "deskrelay.members";

    private final HazelcastInstance grid;
    private final UUID self;
    private final ClusterTraffic traffic;
    private final Map<UUID, ITopic<byte[]>> topics = new ConcurrentHashMap<>();
    private final ITopic<byte[]> everyone;

    MemberMail(HazelcastInstance grid, ClusterTraffic traffic) {
        this.grid = grid;
        this.self = grid.getCluster().getLocalMember().getUuid();
        this.traffic = traffic;
        this.everyone = grid.getTopic(EVERYONE_TOPIC);
    }

    void open(Inbox inbox) {
        topic(self).addMessageListener(message -> deliver(message, inbox));
        everyone.addMessageListener(message -> deliver(message, inbox));
    }

    void send(UUID member, Envelope envelope) {
        publish(topic(member), envelope.encode());
    }

    /** To each of these members, encoded once. */
    void send(Collection<UUID> members, Envelope envelope) {
        byte[] bytes = envelope.encode();
        members.forEach(member -> publish(topic(member), bytes));
    }

    /** To every other member. */
    void broadcast(Envelope envelope) {
        publish(everyone, envelope.encode());
    }

    /** The member is gone for good: a restarted node joins with a new id. */
    void forget(UUID member) {
        ITopic<byte[]> topic = topics.remove(member);
        if (topic != null) {
            topic.destroy();
        }
    }

    private ITopic<byte[]> topic(UUID member) {
        return topics.computeIfAbsent(member, id -> grid.getTopic(MEMBER_TOPIC + id));
    }

    private void publish(ITopic<byte[]> topic, byte[] bytes) {
        topic.publish(bytes);
        traffic.sent(bytes.length);
    }

    /**
     * A member that already left may still have messages on their way; Hazelcast then knows only
     * its address, not its id. What it says is stale (a late LATEST would make it an agent's holder
     * again) and its loss is handled without it, so it is dropped.
     */
    void deliver(Message<byte[]> message, Inbox inbox) {
        Member publisher = message.getPublishingMember();
        if (publisher.localMember()) {
            return;
        }
        UUID from = publisher.getUuid();
        if (from == null || !isMember(from)) {
            LOG.fine(() -> "dropped a message from " + publisher.getAddress() + ", no longer a member");
            return;
        }
        byte[] bytes = message.getMessageObject();
        traffic.received(bytes.length);
        Envelope envelope;
        try {
            envelope = Envelope.decode(bytes);
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "dropped a message from member " + from
                    + " that is not an envelope (a member of another version?): " + e.getMessage());
            return;
        }
        GridThread.run(LOG, () -> "handle a " + envelope.kind() + " message from another member",
                () -> inbox.receive(from, envelope));
    }

    boolean isMember(UUID member) {
        return grid.getCluster().getMembers().stream().anyMatch(each -> member.equals(each.getUuid()));
    }
}
