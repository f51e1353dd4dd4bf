package dev.deskrelay.relay.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
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
import dev.deskrelay.relay.access.Role;
import dev.deskrelay.relay.access.ViewerAccess;
import dev.deskrelay.relay.actions.PendingActions;
import dev.deskrelay.relay.audit.Audited;
import dev.deskrelay.relay.connection.RecordingSocket;
import dev.deskrelay.relay.limits.PairingThrottle;
import dev.deskrelay.relay.metrics.NoMetrics;
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
        relay.accounts.put("a-1", new HashMap<>(Map.of("d1", Role.OWNER)));
        relay.tokens.put("v-1.secret", new ViewerAccess("v-1", ViewerAccess.Kind.BROWSER, "browser v-1",
                Map.of("d1", Role.OWNER)));
        relay.tokens.put("l-1.secret", new ViewerAccess("l-1", ViewerAccess.Kind.LINK, "link l-1",
                Map.of("d1", Role.VIEWER)));
        relay.codes.put("CODE-D1", "d1");
        relay.codes.put("CODE-D2", "d2");
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void aSignedInSocketAuthenticatesWithoutATokenAndLearnsItsRoles() {
        var socket = new RecordingSocket<RelayToViewer>("s1");
        socket.signedIn = "a-1";
        var viewer = conversation(socket);

        viewer.receive(new ViewerToRelay.Authenticate(null));

        assertEquals(new RelayToViewer.Authenticated(List.of(new DeviceSummary("d1", "d1", true, 0L, "owner"))),
                socket.replies.get(0));
        assertEquals("a-1", viewer.viewerId());
        assertEquals(1, router.viewerCount("d1"));
    }

    @Test
    void withoutASessionOrATokenTheSocketIsToldToSignInAndClosedWith4001() {
        var socket = new RecordingSocket<RelayToViewer>("s1");
        var viewer = conversation(socket);

        viewer.receive(new ViewerToRelay.Authenticate(null));

        var error = assertInstanceOf(RelayToViewer.Error.class, socket.replies.get(0));
        assertEquals(ErrorCode.NOT_SIGNED_IN.wire(), error.code());
        assertEquals(CloseCode.AUTH_FAILED.getCode(), socket.closeCode());
        assertFalse(viewer.authenticated());
    }

    @Test
    void aCodeBeforeAuthenticationIsRefusedAndCreatesNothing() {
        var socket = new RecordingSocket<RelayToViewer>("s1");
        var viewer = conversation(socket);

        refused(ErrorCode.NOT_AUTHENTICATED, viewer, new ViewerToRelay.Pair("CODE-D2"));

        assertFalse(viewer.authenticated());
        assertEquals(0, router.viewerCount("d2"));
        assertFalse(relay.accounts.values().stream().anyMatch(roles -> roles.containsKey("d2")));
    }

    @Test
    void aCodeMakesTheSignedInAccountAnOwnerAndTellsWhatIsKnown() {
        var socket = new RecordingSocket<RelayToViewer>("s1");
        var viewer = signedIn(socket, "a-1");

        viewer.receive(new ViewerToRelay.Pair("CODE-D2"));

        var paired = assertInstanceOf(RelayToViewer.Paired.class, socket.replies.get(1));
        assertEquals(new DeviceSummary("d2", "d2", false, 0L, "owner"), paired.device());
        assertEquals(Role.OWNER, relay.accounts.get("a-1").get("d2"));
        assertEquals(1, router.viewerCount("d2"));
        assertTrue(relay.audited("pair", "d2").isPresent());
    }

    @Test
    void aBrowserTokenFromBeforeAccountsStillPairsIntoItsOwnIdentity() {
        var socket = new RecordingSocket<RelayToViewer>("s1");
        var viewer = authenticated(socket);

        viewer.receive(new ViewerToRelay.Pair("CODE-D2"));

        assertInstanceOf(RelayToViewer.Paired.class, socket.replies.get(1));
        assertEquals(Set.of("d1", "d2"), relay.tokens.get("v-1.secret").deviceIds());
    }

    @Test
    void aWrongCodeIsRefusedAndCountedByTheThrottle() {
        var viewer = signedIn(new RecordingSocket<>("s1"), "a-1");

        for (int i = 0; i < 3; i++) {
            refused(ErrorCode.BAD_CODE, viewer, new ViewerToRelay.Pair("WRONG"));
        }
        refused(ErrorCode.TOO_MANY_ATTEMPTS, viewer, new ViewerToRelay.Pair("CODE-D2"));
        assertFalse(relay.accounts.get("a-1").containsKey("d2"));
    }

    @Test
    void aGoodTokenAuthenticatesAndTheDevicesTelemetryFollows() {
        var socket = new RecordingSocket<RelayToViewer>("s1");
        authenticated(socket);

        assertEquals(new RelayToViewer.Authenticated(List.of(new DeviceSummary("d1", "d1", true, 0L, "owner"))),
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
    void onlyPingOrAuthenticateComeFirst() {
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
        relay.accounts.put("a-2", new HashMap<>());
        var third = signedIn(new RecordingSocket<>("s3"), "a-2");
        var fourth = signedIn(new RecordingSocket<>("s4"), "a-2");
        third.receive(new ViewerToRelay.Pair("CODE-D2"));
        refused(ErrorCode.TOO_MANY_CONNECTIONS, fourth, new ViewerToRelay.Pair("CODE-D2"));

        assertFalse(second.authenticated());
        assertEquals(1, router.viewerCount("d1"));
        assertEquals(1, router.viewerCount("d2"));
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
    void aViewerMayWatchButItsActionIsRefusedNotAllowedAndAudited() {
        relay.accounts.put("a-2", new HashMap<>(Map.of("d1", Role.VIEWER)));
        var socket = new RecordingSocket<RelayToViewer>("s1");
        var viewer = signedIn(socket, "a-2");

        viewer.receive(new ViewerToRelay.Action("a1", "d1", "beep", null));

        var refusal = assertInstanceOf(RelayToViewer.ActionResult.class, socket.replies.get(1));
        assertEquals(ErrorCode.NOT_ALLOWED.wire(), refusal.code());
        assertTrue(agent.sent.isEmpty());
        assertEquals("not_allowed", relay.audited("action", "d1").orElseThrow().outcome());
    }

    @Test
    void anOperatorsActionRunsAndItsOutcomeIsAudited() {
        relay.accounts.put("a-2", new HashMap<>(Map.of("d1", Role.OPERATOR)));
        var viewer = signedIn(new RecordingSocket<>("s1"), "a-2");

        viewer.receive(new ViewerToRelay.Action("a1", "d1", "notify",
                jakarta.json.Json.createObjectBuilder().add("title", "hello").build()));
        router.answer("d1", AgentToRelay.ActionResult.succeeded("r-1", null));

        var event = relay.audited("action", "d1").orElseThrow();
        assertEquals("ok", event.outcome());
        assertEquals("notify title=hello", event.detail());
        assertEquals("user a-2", event.actor());
        assertEquals("a-2", event.accountId());
    }

    @Test
    void sharingReachesEveryTabOfTheAccountAtOnceAndARoleChangeTakesEffect() {
        var first = new RecordingSocket<RelayToViewer>("s1");
        var second = new RecordingSocket<RelayToViewer>("s2");
        relay.accounts.put("a-2", new HashMap<>());
        var tab = signedIn(first, "a-2");
        signedIn(second, "a-2");

        router.share("a-2", new RelayToViewer.Shared(new DeviceSummary("d1", "d1", true, 0L, "operator")));

        assertInstanceOf(RelayToViewer.Shared.class, first.replies.get(1));
        assertInstanceOf(RelayToViewer.Shared.class, second.replies.get(1));
        assertTrue(first.sent.contains("{\"type\":\"history\",\"deviceId\":\"d1\",\"points\":[]}"),
                "a new device is caught up like a paired one");
        assertEquals(2, router.viewerCount("d1"), "both tabs now watch it");
        tab.receive(new ViewerToRelay.Action("a1", "d1", "beep", null));
        assertEquals(1, agent.sent.size());

        router.share("a-2", new RelayToViewer.Shared(new DeviceSummary("d1", "d1", true, 0L, "viewer")));
        tab.receive(new ViewerToRelay.Action("a2", "d1", "beep", null));
        assertEquals(ErrorCode.NOT_ALLOWED.wire(), ((RelayToViewer.ActionResult) first.replies.get(3)).code());
        assertEquals(2, router.viewerCount("d1"), "a role change attaches nothing twice");
    }

    @Test
    void aShareLinkOnlyWatches() {
        var socket = new RecordingSocket<RelayToViewer>("s1");
        var link = conversation(socket);
        link.receive(new ViewerToRelay.Authenticate("l-1.secret"));

        assertEquals(new RelayToViewer.Authenticated(List.of(new DeviceSummary("d1", "d1", true, 0L, "viewer"))),
                socket.replies.get(0));
        assertTrue(relay.audited("link_used", "d1").isPresent());
        refused(ErrorCode.NOT_ALLOWED, link, new ViewerToRelay.Pair("CODE-D2"));
        refused(ErrorCode.NOT_ALLOWED, link, new ViewerToRelay.Unpair("d1"));
        refused(ErrorCode.NOT_ALLOWED, link, new ViewerToRelay.Revoke());
        link.receive(new ViewerToRelay.Action("a1", "d1", "beep", null));
        assertEquals(ErrorCode.NOT_ALLOWED.wire(), ((RelayToViewer.ActionResult) socket.replies.get(1)).code());
        assertTrue(agent.sent.isEmpty());
    }

    @Test
    void anAccountCannotRevokeItselfOverTheSocket() {
        refused(ErrorCode.NOT_ALLOWED, signedIn(new RecordingSocket<>("s1"), "a-1"), new ViewerToRelay.Revoke());
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
        assertFalse(relay.tokens.containsKey("v-1.secret"), "the browser's token no longer works");
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

    private ViewerConversation signedIn(RecordingSocket<RelayToViewer> socket, String accountId) {
        socket.signedIn = accountId;
        var viewer = conversation(socket);
        viewer.receive(new ViewerToRelay.Authenticate(null));
        assertTrue(viewer.authenticated());
        return viewer;
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

    /**
     * Accounts, tokens, codes and revocation in memory; changes reach the sockets through the
     * router, as the relay's do.
     */
    private final class FakeRelay implements ViewerRelay {
        final Map<String, Map<String, Role>> accounts = new HashMap<>();
        final Map<String, ViewerAccess> tokens = new HashMap<>();
        final Map<String, String> codes = new HashMap<>();
        final List<Audited> events = new CopyOnWriteArrayList<>();
        int maxViewers = 20;

        @Override
        public Optional<ViewerAccess> authenticate(String token) {
            return Optional.ofNullable(tokens.get(token));
        }

        @Override
        public ViewerAccess account(String accountId) {
            return new ViewerAccess(accountId, ViewerAccess.Kind.ACCOUNT, "user " + accountId,
                    accounts.get(accountId));
        }

        @Override
        public String redeem(String code) {
            return Optional.ofNullable(codes.get(code))
                    .orElseThrow(() -> new ProtocolViolation(ErrorCode.BAD_CODE, "unknown code"));
        }

        @Override
        public ViewerAccess pair(ViewerAccess viewer, String deviceId) {
            if (viewer.kind() == ViewerAccess.Kind.BROWSER) {
                var token = tokenOf(viewer.viewerId());
                tokens.put(token, tokens.get(token).with(deviceId, Role.OWNER));
                return tokens.get(token);
            }
            accounts.get(viewer.viewerId()).put(deviceId, Role.OWNER);
            return account(viewer.viewerId());
        }

        @Override
        public List<DeviceSummary> summaries(Collection<String> deviceIds) {
            return deviceIds.stream().sorted()
                    .map(id -> new DeviceSummary(id, id, router.isOnline(id), 0L, null))
                    .toList();
        }

        @Override
        public void unpair(ViewerAccess viewer, String deviceId) {
            if (viewer.kind() == ViewerAccess.Kind.BROWSER) {
                var token = tokenOf(viewer.viewerId());
                tokens.put(token, tokens.get(token).without(deviceId));
            } else {
                accounts.get(viewer.viewerId()).remove(deviceId);
            }
            router.lose(viewer.viewerId(), deviceId, new RelayToViewer.Unpaired(deviceId));
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

        @Override
        public void record(Audited event) {
            events.add(event);
        }

        Optional<Audited> audited(String kind, String deviceId) {
            return events.stream().filter(event -> event.kind().equals(kind) && deviceId.equals(event.deviceId()))
                    .reduce((first, last) -> last);
        }

        private String tokenOf(String viewerId) {
            return tokens.entrySet().stream().filter(entry -> entry.getValue().viewerId().equals(viewerId))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
        }
    }
}
