package dev.deskrelay.relay.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.FilesystemUsage;
import dev.deskrelay.protocol.ProtocolViolation;
import dev.deskrelay.protocol.RelayToAgent;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.protocol.SystemFacts;
import dev.deskrelay.protocol.ViewerToRelay;
import dev.deskrelay.relay.actions.PendingActions;
import dev.deskrelay.relay.connection.RecordingSocket;
import dev.deskrelay.relay.metrics.NoMetrics;
import dev.deskrelay.relay.pairing.Device;
import dev.deskrelay.relay.pairing.EnrolledDevice;
import dev.deskrelay.relay.pairing.IssuedCode;
import dev.deskrelay.relay.pairing.TestDevices;
import dev.deskrelay.relay.routing.LateAnswers;
import dev.deskrelay.relay.routing.LocalRouter;
import dev.deskrelay.relay.routing.RecordingPeer;

/** An agent socket's conversation, driven as Tyrus would drive it, over a real router and real pending actions. */
class AgentConversationTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final LocalRouter router = new LocalRouter(new NoMetrics(),
            new LateAnswers(() -> this.actions), deviceIds -> List.of());
    private final PendingActions actions = new PendingActions(router, scheduler, new NoMetrics(), 30);
    private final FakeRelay relay = new FakeRelay();
    private final EnrolledDevice desk = relay.add("d-desk", "desk");

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void enrollingAnswersTheCredentialBringsTheDeviceOnlineAndSendsAPairingCode() {
        var socket = new RecordingSocket<RelayToAgent>("a1");
        var agent = conversation(socket);

        agent.receive(new AgentToRelay.Enroll("laptop"));

        var enrolled = assertInstanceOf(RelayToAgent.Enrolled.class, socket.replies.get(0));
        assertEquals("laptop", enrolled.name());
        assertEquals(new RelayToAgent.PairingCode("CODE-" + enrolled.deviceId(), 99L), socket.replies.get(1));
        assertTrue(agent.authenticated());
        assertTrue(router.isOnline(enrolled.deviceId()));
        assertEquals(List.of(enrolled.deviceId()), relay.online);
    }

    @Test
    void theRightSecretAuthenticatesAndBringsTheDeviceOnline() {
        var socket = new RecordingSocket<RelayToAgent>("a1");
        var agent = conversation(socket);

        agent.receive(new AgentToRelay.Authenticate("d-desk", desk.secret(), null));

        assertEquals(List.of(new RelayToAgent.Authenticated("d-desk", "desk", null)), socket.replies);
        assertTrue(router.isOnline("d-desk"));
        assertEquals(List.of("d-desk"), relay.online);
    }

    @Test
    void aWrongSecretIsAnsweredBadCredentialsAndClosedWith4001() {
        var socket = new RecordingSocket<RelayToAgent>("a1");
        var agent = conversation(socket);

        agent.receive(new AgentToRelay.Authenticate("d-desk", "not-the-secret", null));

        var error = assertInstanceOf(RelayToAgent.Error.class, socket.replies.get(0));
        assertEquals(ErrorCode.BAD_CREDENTIALS.wire(), error.code());
        assertEquals(CloseCode.AUTH_FAILED.getCode(), socket.closeCode());
        assertFalse(agent.authenticated());
        assertFalse(router.isOnline("d-desk"));
    }

    @Test
    void nothingButEnrollOrAuthenticateComesFirst() {
        var agent = conversation(new RecordingSocket<>("a1"));

        refused(ErrorCode.NOT_AUTHENTICATED, agent, new AgentToRelay.Telemetry(Sample.cpuOnly(5)));
        refused(ErrorCode.NOT_AUTHENTICATED, agent, new AgentToRelay.RequestPairingCode());
        assertTrue(relay.samples.isEmpty());
    }

    @Test
    void aSecondAuthenticationIsRefused() {
        var agent = authenticated(new RecordingSocket<>("a1"));

        refused(ErrorCode.ALREADY_AUTHENTICATED, agent, new AgentToRelay.Authenticate("d-desk", desk.secret(), null));
        refused(ErrorCode.ALREADY_AUTHENTICATED, agent, new AgentToRelay.Enroll("again"));
    }

    @Test
    void aControlConnectionLearnsWhetherTheAgentIsOnlineAndMayOnlyAskForACodeOrRemove() {
        authenticated(new RecordingSocket<>("a1"));
        var socket = new RecordingSocket<RelayToAgent>("c1");
        var control = conversation(socket);

        control.receive(new AgentToRelay.Authenticate("d-desk", desk.secret(), true));
        assertEquals(new RelayToAgent.Authenticated("d-desk", "desk", true), socket.replies.get(0));
        assertTrue(control.authenticated());

        refused(ErrorCode.NOT_ALLOWED, control, new AgentToRelay.Telemetry(Sample.cpuOnly(5)));
        control.receive(new AgentToRelay.RequestPairingCode());
        assertEquals(new RelayToAgent.PairingCode("CODE-d-desk", 99L), socket.replies.get(1));

        control.closed();
        assertTrue(router.isOnline("d-desk"), "the control connection replaced nobody and its close changes nothing");
        assertEquals(List.of("d-desk"), relay.online);
        assertTrue(relay.offline.isEmpty());
    }

    @Test
    void aControlConnectionWhileTheAgentIsAwaySaysSo() {
        var socket = new RecordingSocket<RelayToAgent>("c1");
        conversation(socket).receive(new AgentToRelay.Authenticate("d-desk", desk.secret(), true));
        assertEquals(new RelayToAgent.Authenticated("d-desk", "desk", false), socket.replies.get(0));
        assertFalse(router.isOnline("d-desk"));
    }

    @Test
    void reportsGoToTheRelayUnderTheSocketsOwnDevice() {
        var agent = authenticated(new RecordingSocket<>("a1"));

        agent.receive(new AgentToRelay.Telemetry(Sample.cpuOnly(42)));
        agent.receive(new AgentToRelay.Filesystems(List.of()));

        assertEquals(List.of("d-desk:" + Sample.cpuOnly(42)), relay.samples);
        assertEquals(List.of("d-desk"), relay.filesystemReports);
    }

    @Test
    void anActionsResultReachesTheViewerThatAskedAndAnUnknownIdIsRefused() {
        var socket = new RecordingSocket<RelayToAgent>("a1");
        var agent = authenticated(socket);
        var viewer = new RecordingPeer("v1");
        actions.submit(viewer, new ViewerToRelay.Action("mine", "d-desk", "beep", null));
        String relayId = relayIdIn(socket.sent.get(0));

        agent.receive(AgentToRelay.ActionResult.succeeded(relayId, null));
        assertEquals(1, viewer.sent.size());
        assertTrue(viewer.sent.get(0).contains("\"id\":\"mine\""), viewer.sent.toString());

        refused(ErrorCode.UNKNOWN_ID, agent, AgentToRelay.ActionResult.succeeded(relayId, null));
        refused(ErrorCode.UNKNOWN_ID, agent, AgentToRelay.ActionResult.succeeded("r-404", null));
    }

    @Test
    void aSecondAgentReplacesTheFirstWhoseCloseIsNotAnOfflineEvent() {
        var first = new RecordingSocket<RelayToAgent>("a1");
        var replaced = authenticated(first);
        var second = authenticated(new RecordingSocket<>("a2"));

        assertEquals(CloseCode.REPLACED.getCode(), first.closeCode());
        replaced.closed();
        assertTrue(router.isOnline("d-desk"));
        assertTrue(relay.offline.isEmpty());

        second.closed();
        assertFalse(router.isOnline("d-desk"));
        assertEquals(List.of("d-desk"), relay.offline);
    }

    @Test
    void theCurrentAgentsCloseAnswersItsPendingActionsDeviceOffline() {
        var agent = authenticated(new RecordingSocket<>("a1"));
        var viewer = new RecordingPeer("v1");
        actions.submit(viewer, new ViewerToRelay.Action("mine", "d-desk", "beep", null));

        agent.closed();

        assertEquals(1, viewer.sent.size());
        assertTrue(viewer.sent.get(0).contains(ErrorCode.DEVICE_OFFLINE.wire()), viewer.sent.toString());
    }

    @Test
    void pendingActionsAreAnsweredDeviceOfflineEvenWhenItsLastSeenCannotBeWritten() {
        var agent = authenticated(new RecordingSocket<>("a1"));
        var viewer = new RecordingPeer("v1");
        actions.submit(viewer, new ViewerToRelay.Action("mine", "d-desk", "beep", null));
        relay.offlineFails = true;

        assertThrows(IllegalStateException.class, agent::closed);

        assertEquals(1, viewer.sent.size());
        assertTrue(viewer.sent.get(0).contains(ErrorCode.DEVICE_OFFLINE.wire()), viewer.sent.toString());
    }

    @Test
    void anUnauthenticatedSocketsCloseChangesNothing() {
        var agent = conversation(new RecordingSocket<>("a1"));
        agent.closed();
        assertTrue(relay.offline.isEmpty());
    }

    @Test
    void removingTheDeviceClosesTheSocketWith4004() {
        var socket = new RecordingSocket<RelayToAgent>("c1");
        var control = conversation(socket);
        control.receive(new AgentToRelay.Authenticate("d-desk", desk.secret(), true));

        control.receive(new AgentToRelay.RemoveDevice());

        assertEquals(List.of("d-desk"), relay.removed);
        assertEquals(CloseCode.DEVICE_REMOVED.getCode(), socket.closeCode());
    }

    @Test
    void aViolationIsAnsweredAsTheAgentsErrorMessage() {
        var answer = conversation(new RecordingSocket<>("a1"))
                .error(new ProtocolViolation(ErrorCode.BAD_JSON, "not JSON"));
        assertEquals(Optional.of(RelayToAgent.Error.of(ErrorCode.BAD_JSON, "not JSON")), answer);
    }

    private AgentConversation conversation(RecordingSocket<RelayToAgent> socket) {
        return new AgentConversation(socket, router, actions, relay);
    }

    private AgentConversation authenticated(RecordingSocket<RelayToAgent> socket) {
        var agent = conversation(socket);
        agent.receive(new AgentToRelay.Authenticate("d-desk", desk.secret(), null));
        assertNull(socket.closedWith);
        return agent;
    }

    private static void refused(ErrorCode expected, AgentConversation agent, AgentToRelay message) {
        var violation = assertThrows(ProtocolViolation.class, () -> agent.receive(message));
        assertEquals(expected, violation.code());
    }

    private static String relayIdIn(String actionText) {
        int start = actionText.indexOf("\"id\":\"") + 6;
        return actionText.substring(start, actionText.indexOf('"', start));
    }

    /** The database, presence and reports in memory, remembering what they were told. */
    private static final class FakeRelay implements AgentRelay {
        final Map<String, EnrolledDevice> devices = new HashMap<>();
        final List<String> online = new ArrayList<>();
        final List<String> offline = new ArrayList<>();
        final List<String> samples = new ArrayList<>();
        final List<String> filesystemReports = new ArrayList<>();
        final List<String> removed = new ArrayList<>();
        boolean offlineFails;

        EnrolledDevice add(String id, String name) {
            var enrolled = TestDevices.enrolled(id, name);
            devices.put(id, enrolled);
            return enrolled;
        }

        @Override
        public EnrolledDevice enroll(String name) {
            return add("d-" + (devices.size() + 1), name);
        }

        @Override
        public Optional<Device> authenticate(String deviceId, String secret) {
            return Optional.ofNullable(devices.get(deviceId)).map(EnrolledDevice::device)
                    .filter(device -> TestDevices.holds(device, secret));
        }

        @Override
        public IssuedCode pairingCode(String deviceId) {
            return new IssuedCode("CODE-" + deviceId, 99L);
        }

        @Override
        public void online(String deviceId) {
            online.add(deviceId);
        }

        @Override
        public void offline(String deviceId) {
            offline.add(deviceId);
            if (offlineFails) {
                throw new IllegalStateException("the connection pool is exhausted");
            }
        }

        @Override
        public void sample(String deviceId, Sample sample) {
            samples.add(deviceId + ":" + sample);
        }

        @Override
        public void system(String deviceId, SystemFacts facts) {
        }

        @Override
        public void filesystems(String deviceId, List<FilesystemUsage> usage) {
            filesystemReports.add(deviceId);
        }

        @Override
        public void removeDevice(String deviceId) {
            removed.add(deviceId);
        }
    }
}
