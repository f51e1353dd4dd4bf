package dev.deskrelay.relay.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.protocol.DeviceSummary;
import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.ProtocolViolation;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.protocol.ViewerToRelay;
import dev.deskrelay.relay.actions.PendingActions;
import dev.deskrelay.relay.connection.RecordingSocket;
import dev.deskrelay.relay.limits.PairingThrottle;
import dev.deskrelay.relay.metrics.NoMetrics;
import dev.deskrelay.relay.pairing.ViewerAccess;
import dev.deskrelay.relay.pairing.Viewers;
import dev.deskrelay.relay.routing.LateAnswers;
import dev.deskrelay.relay.routing.LocalRouter;
import dev.deskrelay.relay.routing.RecordingPeer;

/** A browser socket's conversation, driven as Tyrus would drive it, over a real router and real pending actions. */
class ViewerConversationTest {

    private static final String TELEMETRY = "\"type\":\"telemetry\"";

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final LocalRouter router = new LocalRouter(new NoMetrics(),
            new LateAnswers(() -> this.actions),
            deviceIds -> deviceIds.stream().<RelayToViewer>map(id -> new RelayToViewer.History(id, List.of())).toList());
    private final PendingActions actions = new PendingActions(router, scheduler, new NoMetrics(), 30);
    private final PairingThrottle throttle = new PairingThrottle(3, 1000, Duration.ofMinutes(10), System::nanoTime);
    private final FakeRelay relay = new FakeRelay();
    private final RecordingPeer agent = new RecordingPeer("agent-d1");

    ViewerConversationTest() {
        router.attachAgent("d1", agent);
        relay.tokens.put("v-1.secret", new ViewerAccess("v-1", Set.of("d1")));
        relay.codes.put("CODE-D1", "d1");
        relay.codes.put("CODE-D2", "d2");
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void aCodeOnAFreshSocketCreatesTheBrowsersIdentityAndTellsWhatIsKnown() {
        var socket = new RecordingSocket<RelayToViewer>("s1");
        var viewer = conversation(socket);

        viewer.receive(new ViewerToRelay.Pair("CODE-D1"));

        var paired = assertInstanceOf(RelayToViewer.Paired.class, socket.replies.get(0));
        assertEquals("v-new.secret", paired.token());
        assertEquals(new DeviceSummary("d1", "d1", true, 0L), paired.device());
        assertEquals(List.of("{\"type\":\"history\",\"deviceId\":\"d1\",\"points\":[]}"), socket.sent);
        assertTrue(viewer.authenticated());
        assertEquals("v-new", viewer.viewerId());
        assertEquals(1, router.viewerCount("d1"));
    }

    @Test
    void aCodeOnAnAuthenticatedSocketAddsTheDeviceToTheSameIdentity() {
        var socket = new RecordingSocket<RelayToViewer>("s1");
        var viewer = authenticated(socket);

        viewer.receive(new ViewerToRelay.Pair("CODE-D2"));

        var paired = assertInstanceOf(RelayToViewer.Paired.class, socket.replies.get(1));
        assertNull(paired.token(), "the browser keeps the token it has");
        assertEquals(Set.of("d1", "d2"), relay.tokens.get("v-1.secret").deviceIds());
        assertEquals(1, router.viewerCount("d2"));
    }

    @Test
    void aWrongCodeIsRefusedAndCountedByTheThrottle() {
        var viewer = conversation(new RecordingSocket<>("s1"));

        for (int i = 0; i < 3; i++) {
            refused(ErrorCode.BAD_CODE, viewer, new ViewerToRelay.Pair("WRONG"));
        }
        refused(ErrorCode.TOO_MANY_ATTEMPTS, viewer, new ViewerToRelay.Pair("CODE-D1"));
        assertFalse(viewer.authenticated());
    }

    @Test
    void aGoodTokenAuthenticatesAndTheDevicesTelemetryFollows() {
        var socket = new RecordingSocket<RelayToViewer>("s1");
        authenticated(socket);

        assertEquals(new RelayToViewer.Authenticated(List.of(new DeviceSummary("d1", "d1", true, 0L))),
                socket.replies.get(0));
        router.latestToViewers("d1", new RelayToViewer.Telemetry("d1", 1L, Sample.cpuOnly(7)));
        router.latestToViewers("d2", new RelayToViewer.Telemetry("d2", 1L, Sample.cpuOnly(7)));
        assertEquals(1, socket.sent.stream().filter(text -> text.contains(TELEMETRY)).count());
    }

    @Test
    void anUnknownTokenIsAnsweredBadTokenAndClosedWith4001() {
        var socket = new RecordingSocket<RelayToViewer>("s1");
        var viewer = conversation(socket);

        viewer.receive(new ViewerToRelay.Authenticate("v-1.wrong"));

        var error = assertInstanceOf(RelayToViewer.Error.class, socket.replies.get(0));
        assertEquals(ErrorCode.BAD_TOKEN.wire(), error.code());
        assertEquals(CloseCode.AUTH_FAILED.getCode(), socket.closeCode());
        assertFalse(viewer.authenticated());
    }

    @Test
    void onlyPingPairOrAuthenticateComeFirst() {
        var socket = new RecordingSocket<RelayToViewer>("s1");
        var viewer = conversation(socket);

        viewer.receive(new ViewerToRelay.Ping());
        assertEquals(List.of(new RelayToViewer.Pong()), socket.replies);
        refused(ErrorCode.NOT_AUTHENTICATED, viewer, new ViewerToRelay.Action("a1", "d1", "beep", null));
        refused(ErrorCode.NOT_AUTHENTICATED, viewer, new ViewerToRelay.Revoke());
        assertTrue(agent.sent.isEmpty());
    }

    @Test
    void aSecondAuthenticationIsRefused() {
        var viewer = authenticated(new RecordingSocket<>("s1"));
        refused(ErrorCode.ALREADY_AUTHENTICATED, viewer, new ViewerToRelay.Authenticate("v-1.secret"));
    }

    @Test
    void aDeviceWithAFullCapOfViewersGrantsAndAttachesNothingMore() {
        relay.maxViewers = 1;
        authenticated(new RecordingSocket<>("s1"));
        var second = conversation(new RecordingSocket<>("s2"));

        refused(ErrorCode.TOO_MANY_CONNECTIONS, second, new ViewerToRelay.Authenticate("v-1.secret"));
        refused(ErrorCode.TOO_MANY_CONNECTIONS, second, new ViewerToRelay.Pair("CODE-D1"));

        assertFalse(second.authenticated());
        assertEquals(1, router.viewerCount("d1"));
        assertEquals(1, relay.tokens.size(), "no identity was created for the refused pairing");
    }

    @Test
    void anActionReachesAGrantedDeviceOnlyAndItsResultComesBack() {
        var socket = new RecordingSocket<RelayToViewer>("s1");
        var viewer = authenticated(socket);

        viewer.receive(new ViewerToRelay.Action("a1", "d2", "beep", null));
        var refusal = assertInstanceOf(RelayToViewer.ActionResult.class, socket.replies.get(1));
        assertEquals(ErrorCode.NOT_GRANTED.wire(), refusal.code());
        assertTrue(agent.sent.isEmpty());

        viewer.receive(new ViewerToRelay.Action("a2", "d1", "beep", null));
        assertEquals(1, agent.sent.size());
        router.answer("d1", AgentToRelay.ActionResult.succeeded("r-1", null));
        assertTrue(socket.sent.stream().anyMatch(text -> text.contains("\"id\":\"a2\"") && text.contains("\"ok\":true")),
                socket.sent.toString());
    }

    @Test
    void unpairingDropsTheDeviceOnEveryTabOfTheBrowser() {
        var first = new RecordingSocket<RelayToViewer>("s1");
        var second = new RecordingSocket<RelayToViewer>("s2");
        var tab = authenticated(first);
        var otherTab = authenticated(second);

        tab.receive(new ViewerToRelay.Unpair("d1"));

        assertEquals(new RelayToViewer.Unpaired("d1"), first.replies.get(1));
        assertEquals(new RelayToViewer.Unpaired("d1"), second.replies.get(1));
        assertEquals(0, router.viewerCount("d1"));
        otherTab.receive(new ViewerToRelay.Action("a1", "d1", "beep", null));
        assertEquals(ErrorCode.NOT_GRANTED.wire(), ((RelayToViewer.ActionResult) second.replies.get(2)).code());
        refused(ErrorCode.NOT_GRANTED, tab, new ViewerToRelay.Unpair("d1"));
    }

    @Test
    void revokingClosesEveryTabOfTheBrowserWith4003() {
        var first = new RecordingSocket<RelayToViewer>("s1");
        var second = new RecordingSocket<RelayToViewer>("s2");
        var tab = authenticated(first);
        authenticated(second);

        tab.receive(new ViewerToRelay.Revoke());

        assertEquals(CloseCode.REVOKED.getCode(), first.closeCode());
        assertEquals(CloseCode.REVOKED.getCode(), second.closeCode());
        assertTrue(relay.tokens.isEmpty());
    }

    @Test
    void aClosedSocketLeavesItsDevicesAndItsActionsAreForgotten() {
        var viewer = authenticated(new RecordingSocket<>("s1"));
        viewer.receive(new ViewerToRelay.Action("a1", "d1", "beep", null));

        viewer.closed();

        assertEquals(0, router.viewerCount("d1"));
        assertFalse(router.answer("d1", AgentToRelay.ActionResult.succeeded("r-1", null)),
                "nobody is left to tell: the action was forgotten");
    }

    @Test
    void anUnauthenticatedSocketsCloseChangesNothing() {
        authenticated(new RecordingSocket<>("s1"));
        conversation(new RecordingSocket<>("s2")).closed();
        assertEquals(1, router.viewerCount("d1"));
    }

    @Test
    void aViolationIsAnsweredAsTheViewersErrorMessage() {
        var violation = new ProtocolViolation(ErrorCode.BAD_JSON, "not JSON");
        assertEquals(Optional.of(RelayToViewer.Error.of(violation)), conversation(new RecordingSocket<>("s1")).error(violation));
    }

    private ViewerConversation conversation(RecordingSocket<RelayToViewer> socket) {
        return new ViewerConversation(socket, router, actions, throttle, relay);
    }

    private ViewerConversation authenticated(RecordingSocket<RelayToViewer> socket) {
        var viewer = conversation(socket);
        viewer.receive(new ViewerToRelay.Authenticate("v-1.secret"));
        assertTrue(viewer.authenticated());
        return viewer;
    }

    private static void refused(ErrorCode expected, ViewerConversation viewer, ViewerToRelay message) {
        var violation = assertThrows(ProtocolViolation.class, () -> viewer.receive(message));
        assertEquals(expected, violation.code());
    }

    /** Viewers, codes and revocation in memory; revocation reaches the sockets through the router, as the relay's does. */
    private final class FakeRelay implements ViewerRelay {
        final Map<String, ViewerAccess> tokens = new HashMap<>();
        final Map<String, String> codes = new HashMap<>();
        int maxViewers = 20;

        @Override
        public Optional<ViewerAccess> authenticate(String token) {
            return Optional.ofNullable(tokens.get(token));
        }

        @Override
        public String redeem(String code) {
            return Optional.ofNullable(codes.get(code))
                    .orElseThrow(() -> new ProtocolViolation(ErrorCode.BAD_CODE, "unknown code"));
        }

        @Override
        public Viewers.IssuedToken createWithGrant(String deviceId) {
            var access = new ViewerAccess("v-new", Set.of(deviceId));
            tokens.put("v-new.secret", access);
            return new Viewers.IssuedToken("v-new.secret", access);
        }

        @Override
        public ViewerAccess grant(String viewerId, String deviceId) {
            return change(viewerId, ids -> ids.add(deviceId));
        }

        @Override
        public List<DeviceSummary> summaries(Collection<String> deviceIds) {
            return deviceIds.stream().sorted().map(id -> new DeviceSummary(id, id, router.isOnline(id), 0L)).toList();
        }

        @Override
        public void unpair(String viewerId, String deviceId) {
            change(viewerId, ids -> ids.remove(deviceId));
            router.lose(viewerId, deviceId, new RelayToViewer.Unpaired(deviceId));
        }

        @Override
        public void revoke(String viewerId) {
            tokens.values().removeIf(access -> access.viewerId().equals(viewerId));
            router.revoke(viewerId);
        }

        @Override
        public int maxViewersPerDevice() {
            return maxViewers;
        }

        private ViewerAccess change(String viewerId, Consumer<Set<String>> change) {
            var entry = tokens.entrySet().stream().filter(e -> e.getValue().viewerId().equals(viewerId)).findFirst()
                    .orElseThrow();
            var ids = new HashSet<>(entry.getValue().deviceIds());
            change.accept(ids);
            var changed = new ViewerAccess(viewerId, Set.copyOf(ids));
            entry.setValue(changed);
            return changed;
        }
    }
}
