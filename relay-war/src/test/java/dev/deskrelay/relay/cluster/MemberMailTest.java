package dev.deskrelay.relay.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.Message;

@Timeout(60)
class MemberMailTest {

    private final GridMembers grid = new GridMembers();
    private final GridRelay.Counted traffic = new GridRelay.Counted();

    @AfterEach
    void stop() {
        grid.close();
    }

    @Test
    void mailReachesOnlyTheMemberItIsForAndABroadcastEveryOtherMember() {
        var a = grid.start();
        var b = grid.start();
        var c = grid.start();
        var toB = opened(b);
        var toC = opened(c);
        var fromA = new MemberMail(a, traffic);
        var toA = new CopyOnWriteArrayList<String>();
        fromA.open((from, envelope) -> toA.add(envelope.deviceId()));

        fromA.send(GridMembers.uuid(b), Envelope.of(Envelope.Kind.OFFLINE, "d-1"));
        fromA.broadcast(Envelope.of(Envelope.Kind.REVOKE, "d-2"));

        // two topics: each keeps its own order, not one with the other
        Eventually.holds("B got both", () -> toB.size() == 2 && Set.copyOf(toB).equals(Set.of("d-1", "d-2")));
        Eventually.holds("C got the broadcast", () -> toC.equals(List.of("d-2")));
        assertEquals(List.of(), toA, "a broadcast does not come back to its sender");
        assertEquals(2, traffic.sent.get());
    }

    @Test
    void whatIsNoEnvelopeIsDroppedAndTheNextStillArrives() {
        var a = grid.start();
        var b = grid.start();
        var toB = opened(b);
        var topicOfB = a.<byte[]>getTopic("deskrelay.member." + GridMembers.uuid(b));

        topicOfB.publish("not an envelope".getBytes(StandardCharsets.UTF_8));
        new MemberMail(a, traffic).send(GridMembers.uuid(b), Envelope.of(Envelope.Kind.OFFLINE, "d-1"));

        Eventually.holds("B got the envelope", () -> toB.equals(List.of("d-1")));
    }

    @Test
    void aMessageFromAMemberThatLeftIsDroppedQuietly() {
        var a = grid.start();
        var mail = new MemberMail(a, traffic);
        var received = new CopyOnWriteArrayList<String>();
        byte[] bytes = Envelope.of(Envelope.Kind.LATEST, "d-1").encode();

        // Hazelcast makes the publisher of a member already gone from its address alone: no id
        mail.deliver(new Message<>("t", bytes, 0, formerMember(null)), (from, envelope) -> received.add("null id"));
        mail.deliver(new Message<>("t", bytes, 0, formerMember(UUID.randomUUID())),
                (from, envelope) -> received.add("gone"));

        assertEquals(List.of(), received);
        assertEquals(0, traffic.received.get());
    }

    private static Member formerMember(UUID uuid) {
        return (Member) Proxy.newProxyInstance(Member.class.getClassLoader(), new Class<?>[] {Member.class},
                (self, method, args) -> switch (method.getName()) {
                    case "localMember" -> false;
                    case "getUuid" -> uuid;
                    default -> null;
                });
    }

    private static List<String> opened(HazelcastInstance member) {
        var received = new CopyOnWriteArrayList<String>();
        new MemberMail(member, new GridRelay.Counted()).open((from, envelope) -> received.add(envelope.deviceId()));
        return received;
    }
}
