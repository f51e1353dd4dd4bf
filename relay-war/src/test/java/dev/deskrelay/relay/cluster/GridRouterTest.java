package dev.deskrelay.relay.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.protocol.DeviceSummary;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.protocol.ViewerToRelay;
import dev.deskrelay.relay.routing.RecordingPeer;
import dev.deskrelay.relay.routing.RecordingTab;
import jakarta.json.Json;
import jakarta.json.JsonObject;

@Timeout(90)
class GridRouterTest {

    private final GridMembers grid = new GridMembers();
    private final List<GridRelay> relays = new ArrayList<>();
    private final RecordingPeer agent = new RecordingPeer("agent");
    private final RecordingTab tab = new RecordingTab("browser-1", "tab-1");

    @AfterEach
    void stop() {
        relays.forEach(GridRelay::close);
        grid.close();
    }

    @Test
    void reportsCrossOnlyToTheMembersWatchingTheDevice() {
        var a = relay();
        var b = relay();
        var c = relay();
        a.router.attachAgent("d1", agent);
        a.router.attachAgent("d2", new RecordingPeer("other agent"));
        b.router.attachViewer(tab, List.of("d1"));
        Eventually.holds("A knows that B watches d1", () -> a.router.remotelyWatched() == 1);
        int sentBefore = a.traffic.sent.get();

        a.router.latestToViewers("d1", new RelayToViewer.Telemetry("d1", 5L, Sample.cpuOnly(12.5)));
        for (int i = 0; i < 10; i++) {
            a.router.latestToViewers("d2", new RelayToViewer.Telemetry("d2", 5L, Sample.cpuOnly(1.0)));
        }

        Eventually.holds("B's viewer got d1's sample",
                () -> tab.peer.sent.stream().anyMatch(text -> text.contains("12.5")));
        assertEquals(1, a.traffic.sent.get() - sentBefore, "one message: d1's sample, to B only");
        assertEquals(0, c.traffic.received.get());
    }

    @Test
    void presenceReachesWatchingMembersWhileNoMemberHoldsTheAgent() {
        var a = relay();
        var b = relay();
        b.router.attachViewer(tab, List.of("d9"));
        Eventually.holds("A knows that B watches d9", () -> {
            a.router.toViewers("d9", new RelayToViewer.Presence("d9", false, 42L));
            return tab.peer.sent.stream().anyMatch(text -> text.contains("\"lastSeen\":42"));
        });
    }

    @Test
    void anActionAndItsAnswerCrossBetweenMembers() {
        var a = relay();
        var b = relay();
        a.router.attachAgent("d1", agent);

        b.actions.submit(tab.peer, action("a1", "d1"));

        Eventually.holds("the agent on A got the action", () -> agent.sent.size() == 1);
        String relayId = Json.createReader(new StringReader(agent.sent.get(0))).readObject().getString("id");
        assertFalse(a.router.answer("d2", AgentToRelay.ActionResult.succeeded(relayId, null)),
                "another device cannot answer it");
        assertTrue(a.router.answer("d1", AgentToRelay.ActionResult.succeeded(relayId, null)));
        Eventually.holds("B's viewer got the answer", () -> tab.peer.sent.stream()
                .anyMatch(text -> text.contains("\"id\":\"a1\"") && text.contains("\"ok\":true")));
        assertFalse(a.router.answer("d1", AgentToRelay.ActionResult.succeeded(relayId, null)), "answered once only");
        assertFalse(a.router.answer("d1", AgentToRelay.ActionResult.succeeded("r-1@nobody", null)));
    }

    @Test
    void anActionForADeviceNobodyHoldsIsAnsweredDeviceOfflineAtOnce() {
        var b = relay();

        b.actions.submit(tab.peer, action("a1", "d1"));

        assertTrue(tab.peer.sent.get(0).contains("device_offline"));
    }

    @Test
    void anActionForADeviceClaimedByAMemberAlreadyGoneIsAnsweredDeviceOfflineAtOnce() {
        var b = relay();
        // what a lookup finds when the claim's member died and its loss was handled meanwhile
        b.member.getMap(Ownership.MAP).put("d1", UUID.randomUUID() + "/1");

        b.actions.submit(tab.peer, action("a1", "d1"));

        assertTrue(tab.peer.sent.get(0).contains("device_offline"), tab.peer.sent.toString());
        assertEquals(0, b.traffic.sent.get(), "nothing is sent to a member that is gone");
    }

    @Test
    void actionsWaitingForAnAgentOnAnotherMemberAreAnsweredWhenItGoesOffline() {
        var a = relay();
        var b = relay();
        a.router.attachAgent("d1", agent);
        b.actions.submit(tab.peer, action("a1", "d1"));
        Eventually.holds("the agent on A got the action", () -> agent.sent.size() == 1);

        assertTrue(a.router.detachAgent("d1", agent));

        Eventually.holds("B's viewer got device_offline", () -> tab.peer.sent.stream()
                .anyMatch(text -> text.contains("\"id\":\"a1\"") && text.contains("device_offline")));
        assertFalse(b.router.isOnline("d1"));
    }

    @Test
    void anAgentOnAnotherMemberReplacesTheFirstAndItsLateCloseChangesNothing() {
        var a = relay();
        var b = relay();
        var second = new RecordingPeer("second agent");
        a.router.attachAgent("d1", agent);

        b.router.attachAgent("d1", second);

        Eventually.holds("the first agent was closed as replaced",
                () -> closedWith(agent, CloseCode.REPLACED));
        assertFalse(a.router.detachAgent("d1", agent), "the replaced agent's close is no offline event");
        assertTrue(a.router.isOnline("d1"));
        assertTrue(b.router.detachAgent("d1", second));
        assertFalse(a.router.isOnline("d1"));
    }

    @Test
    void revocationRemovalAndUnpairingReachEveryMember() {
        var a = relay();
        var b = relay();
        b.router.attachAgent("d1", agent);
        b.router.attachViewer(tab, List.of("d1"));

        a.router.lose("browser-1", "d1", new RelayToViewer.Unpaired("d1"));
        a.router.revoke("browser-1");
        a.router.closeAgent("d1", CloseCode.DEVICE_REMOVED.reason());

        Eventually.holds("B's tab lost d1", () -> tab.lost.equals(List.of("d1")));
        Eventually.holds("B's tab was revoked", () -> tab.revoked);
        Eventually.holds("B's agent was closed as removed",
                () -> closedWith(agent, CloseCode.DEVICE_REMOVED));
    }

    @Test
    void aShareReachesTheAccountsSocketsOnEveryMember() {
        var a = relay();
        var b = relay();
        b.router.attachViewer(tab, List.of());
        var shared = new RelayToViewer.Shared(new DeviceSummary("d1", "pc", true, 1L, "operator"));

        a.router.share("browser-1", shared);

        Eventually.holds("B's tab gained d1 as operator", () -> tab.gained.equals(List.of(shared)));
    }

    @Test
    void anAlertReachesTheAccountsSocketsOnEveryMember() {
        var a = relay();
        var b = relay();
        b.router.attachViewer(tab, List.of());

        a.router.toAccount("browser-1", new RelayToViewer.Alert(12, "d1", "CPU busy", "critical", "resolved", false, 9L));

        Eventually.holds("B's tab got the alert", () -> tab.peer.sent.stream()
                .anyMatch(text -> text.contains("\"type\":\"alert\"") && text.contains("\"state\":\"resolved\"")));
    }

    @Test
    void aViewerIsCaughtUpByTheMemberHoldingTheAgent() {
        var b = elsewhereThanD1sAgentAndHistory();

        b.router.catchUp(tab.peer, List.of("d1"));

        Eventually.holds("B's viewer got A's history of d1",
                () -> tab.peer.sent.stream().anyMatch(text -> text.contains("\"type\":\"history\"")));
    }

    @Test
    void aCatchUpFromAnotherMemberIsAnAnswerAsOnOneRelay() {
        var b = elsewhereThanD1sAgentAndHistory();
        var answered = new CopyOnWriteArrayList<String>();
        var viewer = new RecordingPeer("viewer") {
            @Override
            public void sendAnswer(String text) {
                answered.add(text);
            }
        };

        b.router.catchUp(viewer, List.of("d1"));

        Eventually.holds("the history came as part of the answer", () -> answered.size() == 1);
        assertEquals(List.of(), viewer.sent, "nothing was routed to it meanwhile");
    }

    /** A member whose viewers' catch-up of d1 comes from another member, which holds d1's agent and history. */
    private GridRelay elsewhereThanD1sAgentAndHistory() {
        var a = relay();
        var b = relay();
        a.router.attachAgent("d1", agent);
        a.remembered.add("d1");
        return b;
    }

    @Test
    void whenTheMemberHoldingTheAgentDiesItsActionsAreAnsweredRelayLostAndItsClaimsGo() {
        var a = relay();
        var b = relay();
        var c = relay();
        a.router.attachAgent("d1", agent);
        b.router.attachViewer(tab, List.of("d1"));
        b.actions.submit(tab.peer, action("a1", "d1"));
        Eventually.holds("the agent on A got the action", () -> agent.sent.size() == 1);
        long killedAt = System.nanoTime();

        GridMembers.kill(a.member);

        Eventually.holds("B's viewer got relay_lost", () -> tab.peer.sent.stream()
                .anyMatch(text -> text.contains("\"id\":\"a1\"") && text.contains("relay_lost")));
        assertTrue(System.nanoTime() - killedAt < 15_000_000_000L, "within 15 s");
        Eventually.holds("B's viewer saw d1 go offline", () -> tab.peer.sent.stream()
                .anyMatch(text -> text.contains("\"type\":\"presence\"") && text.contains("\"online\":false")));
        Eventually.holds("no claim of A is left", () -> !b.router.isOnline("d1"));
        Eventually.holds("the oldest survivor looks for A's offline devices", () -> b.lookedForOffline.get() == 1);
        assertEquals(0, c.lookedForOffline.get(), "one survivor only");
    }

    @Test
    void anAgentBackElsewhereBeforeItsMemberIsSeenGoneStaysOnlineAndWhatWentThroughTheDeadOneIsAnswered()
            throws InterruptedException {
        var a = relay();
        var b = relay();
        var c = relay();
        a.router.attachAgent("d1", agent);
        b.router.attachViewer(tab, List.of("d1"));
        b.actions.submit(tab.peer, action("a1", "d1"));
        Eventually.holds("the agent on A got the action", () -> agent.sent.size() == 1);
        c.router.attachAgent("d1", new RecordingPeer("the agent, reconnected"));
        c.router.toViewers("d1", new RelayToViewer.Presence("d1", true, 43L));
        Eventually.holds("B's viewer saw d1 online on C", () -> tab.peer.sent.stream()
                .anyMatch(text -> text.contains("\"lastSeen\":43")));

        GridMembers.kill(a.member);

        Eventually.holds("B's viewer got relay_lost for what went through A", () -> tab.peer.sent.stream()
                .anyMatch(text -> text.contains("\"id\":\"a1\"") && text.contains("relay_lost")));
        Thread.sleep(500);
        assertTrue(tab.peer.sent.stream().noneMatch(text -> text.contains("\"online\":false")),
                tab.peer.sent.toString());
        assertTrue(b.router.isOnline("d1"));
    }

    @Test
    void afterAHealedPartitionAnAgentClaimedElsewhereIsClosedAndALostClaimOrInterestIsWrittenAgain() {
        var a = relay();
        var b = relay();
        var keeps = new RecordingPeer("agent of d2");
        a.router.attachAgent("d1", agent);
        a.router.attachAgent("d2", keeps);
        a.router.attachViewer(tab, List.of("d3"));
        String watchesD3 = "d3|" + GridMembers.uuid(a.member);
        Eventually.holds("B knows that A watches d3",
                () -> b.member.getReplicatedMap(Interest.MAP).containsKey(watchesD3));
        // what the two halves made of the grid while apart, and the merge did not undo
        new Ownership(b.member).claim("d1");
        b.member.getMap(Ownership.MAP).remove("d2");
        b.member.getReplicatedMap(Interest.MAP).remove(watchesD3);
        Eventually.holds("A's copy lost it too", () -> !a.member.getReplicatedMap(Interest.MAP).containsKey(watchesD3));

        a.router.repairAfterMerge();

        assertTrue(closedWith(agent, CloseCode.REPLACED), "A's copy of d1's agent is stale");
        assertFalse(a.router.detachAgent("d1", agent), "and its close is no offline event");
        assertTrue(b.router.isOnline("d2"), "d2's claim is back");
        assertNull(keeps.closedWith);
        Eventually.holds("B sees A watching d3 again",
                () -> b.member.getReplicatedMap(Interest.MAP).containsKey(watchesD3));
    }

    private GridRelay relay() {
        var relay = new GridRelay(grid.start());
        relays.add(relay);
        return relay;
    }

    private static boolean closedWith(RecordingPeer peer, CloseCode code) {
        return peer.closedWith != null && peer.closedWith.getCloseCode().getCode() == code.getCode();
    }

    private static ViewerToRelay.Action action(String id, String deviceId) {
        return new ViewerToRelay.Action(id, deviceId, "beep", JsonObject.EMPTY_JSON_OBJECT);
    }
}
