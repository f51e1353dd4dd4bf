package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.Parties.newViewer;
import static dev.deskrelay.relay.it.Parties.authenticate;
import static dev.deskrelay.relay.it.Parties.beep;
import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.pair;
import static dev.deskrelay.relay.it.Parties.pairViewer;
import static dev.deskrelay.relay.it.Parties.telemetry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;

/**
 * The relay's limits, on a relay whose limits are small enough to reach in a test: each is
 * answered with a typed error or a documented close code, and nobody else notices. Also what an
 * operator watches: health and metrics.
 */
@ExtendWith(ArquillianExtension.class)
class LimitsIT {

    private static final int IDLE_SECONDS = 6;
    private static final int MAX_SOCKETS_PER_ADDRESS = 40;
    private static final int SAMPLES = 2000;

    @Deployment(testable = false)
    static WebArchive relay() {
        return RelayWar.withSettings("""
                deskrelay.idle-timeout-seconds=%d
                deskrelay.viewer-messages-per-second=5
                deskrelay.viewer-message-burst=5
                deskrelay.agent-messages-per-second=100000
                deskrelay.agent-message-burst=100000
                deskrelay.max-sockets-per-address=%d
                deskrelay.trusted-proxies=127.0.0.1
                deskrelay.max-viewers-per-device=3
                deskrelay.pairing-failures-per-address=3
                deskrelay.pairing-failure-window-seconds=4
                deskrelay.outbox-limit=16
                deskrelay.action-timeout-seconds=2
                """.formatted(IDLE_SECONDS, MAX_SOCKETS_PER_ADDRESS));
    }

    @ArquillianResource
    URL base;

    @Test
    void aViewerOverItsRateIsRefusedAndOneThatKeepsGoingIsClosed() {
        var agent = enrollAgent(base, "rated");
        var calm = pairViewer(base, agent.pairingCode()).socket();
        var flooding = RelayClient.connect(base, "viewer");
        for (int i = 0; i < 5; i++) {
            flooding.send("{\"type\":\"ping\"}").next("pong");
        }
        JsonObject refused = flooding.send("{\"type\":\"ping\"}").error("rate_limited");
        assertTrue(refused.getString("message").contains("slow down"), refused.toString());
        for (int i = 0; i < 10 && flooding.isOpen(); i++) {
            flooding.send("{\"type\":\"ping\"}");
        }
        assertEquals(4029, flooding.awaitClose(RelayClient.WAIT).getCloseCode().getCode());

        calm.drain();
        agent.socket().send(telemetry(42));
        assertEquals(42, calm.nextOf("telemetry").getJsonObject("sample").getInt("cpu"), "the calm viewer never noticed");
        calm.close();
        agent.socket().close();
    }

    @Test
    void aHalfOpenAgentIsFoundWithinTheIdleTimeoutAndShownOffline() throws IOException {
        try (var proxy = FreezingProxy.to(base.getPort())) {
            var agent = enrollAgent(proxy.base(), "behind a dead NAT");
            var viewer = pairViewer(base, agent.pairingCode()).socket();
            viewer.drain();

            long frozenAt = System.nanoTime();
            proxy.freezeOpenConnections();
            JsonObject presence = viewer.nextOf("presence");
            Duration noticed = Duration.ofNanos(System.nanoTime() - frozenAt);
            assertFalse(presence.getBoolean("online"));
            // the idle timeout, and slack for a late sweep and routing on a busy machine (the last pong
            // may have come just before the freeze); unwatched, TCP would keep the socket for minutes
            assertTrue(noticed.compareTo(Duration.ofSeconds(IDLE_SECONDS + 3)) < 0,
                    "offline after " + noticed.toMillis() + " ms; the idle timeout is " + IDLE_SECONDS + " s");
            viewer.close();
        }
    }

    @Test
    void aQuietButLiveSocketIsPingedAndKept() throws InterruptedException {
        var quiet = newViewer(base).send(pair(enrollAgent(base, "quiet").pairingCode()));
        quiet.next("paired");
        Thread.sleep(Duration.ofSeconds(IDLE_SECONDS + 2).toMillis());
        assertTrue(quiet.isOpen(), "its client answered the relay's pings");
        quiet.close();
    }

    @Test
    void aViewerThatStopsReadingGetsTheLatestSampleAndSlowsNobody() throws IOException {
        var agent = enrollAgent(base, "busy");
        var reader = pairViewer(base, agent.pairingCode()).socket();
        String code = agent.socket().send("{\"type\":\"request_pairing_code\"}").next("pairing_code").getString("code");
        try (var stalled = RawSocket.openWithSmallBuffer(base, "viewer")) {
            stalled.sendText(authenticate(People.newPerson(base).token()).getBytes(StandardCharsets.UTF_8));
            stalled.sendText(pair(code).getBytes(StandardCharsets.UTF_8));
            long coalescedBefore = metric("deskrelay_telemetry_coalesced_total");
            // about 25 KB each, enough to fill the stalled socket's buffers many times over
            String cores = "\"cores\":[" + "99.5,".repeat(250) + "99.5]";
            String network = "\"network\":[" + ("{\"name\":\"" + "n".repeat(60) + "\",\"rx\":1,\"tx\":1},").repeat(255)
                    + "{\"name\":\"last\",\"rx\":1,\"tx\":1}]";
            long start = System.nanoTime();
            for (int i = 0; i < SAMPLES; i++) {
                agent.socket().send("{\"type\":\"telemetry\",\"sample\":{\"cpu\":" + (i % 90) + "," + cores + "," + network + "}}");
            }
            agent.socket().send(telemetry(99));
            Duration sending = Duration.ofNanos(System.nanoTime() - start);

            JsonObject last = reader.nextOf("telemetry");
            while (last.getJsonObject("sample").getInt("cpu") != 99) {
                last = reader.nextOf("telemetry");
            }
            assertTrue(metric("deskrelay_telemetry_coalesced_total") > coalescedBefore,
                    "the stalled viewer's samples were coalesced");
            System.out.printf("slow viewer: the agent sent %d samples in %d ms%n", SAMPLES + 1, sending.toMillis());
        }
        reader.close();
        agent.socket().close();
    }

    @Test
    void anActionTheAgentLeavesUnansweredTimesOutAndALateAnswerIsRefused() {
        var agent = enrollAgent(base, "daydreaming");
        var viewer = pairViewer(base, agent.pairingCode()).socket();
        viewer.send(beep("wake-up", agent.deviceId()));
        String relayId = agent.socket().nextOf("action").getString("id");

        JsonObject result = viewer.nextOf("action_result");
        assertEquals("wake-up", result.getString("id"));
        assertEquals("timeout", result.getString("code"));
        agent.socket().send("{\"type\":\"action_result\",\"id\":\"" + relayId + "\",\"ok\":true}");
        agent.socket().error("unknown_id");
        String after = viewer.poll(Duration.ofMillis(300));
        assertTrue(after == null || !after.contains("action_result"), "answered exactly once, not again: " + after);
        viewer.close();
        agent.socket().close();
    }

    @Test
    void aDeviceHasAtMostItsCapOfViewerSockets() {
        var agent = enrollAgent(base, "popular");
        var first = pairViewer(base, agent.pairingCode());
        List<RelayClient> viewers = new ArrayList<>(List.of(first.socket()));
        for (int i = 0; i < 2; i++) {
            viewers.add(RelayClient.connect(base, "viewer").send(authenticate(first.token())));
            viewers.get(viewers.size() - 1).next("authenticated");
        }
        var fourth = RelayClient.connect(base, "viewer").send(authenticate(first.token()));
        assertTrue(fourth.error("too_many_connections").getString("message").contains("3 viewer connections"));
        viewers.forEach(RelayClient::close);
        fourth.close();
        agent.socket().close();
    }

    @Test
    void anAddressHasAtMostItsCapOfSockets() throws InterruptedException {
        List<RelayClient> sockets = new ArrayList<>();
        try {
            for (int i = 0; i <= MAX_SOCKETS_PER_ADDRESS; i++) {
                sockets.add(RelayClient.connect(base, "viewer"));
            }
            awaitCloses(sockets, 1);
            // sockets other tests left open count too, so more than one may be refused, never none
            List<Integer> closes = sockets.stream().map(socket -> socket.closedWithin(Duration.ZERO))
                    .filter(reason -> reason != null).map(reason -> reason.getCloseCode().getCode()).toList();
            assertFalse(closes.isEmpty(), "one socket more than the cap is refused");
            assertEquals(List.of(4030), closes.stream().distinct().toList(), "refused with 4030, and nothing else closed");
        } finally {
            sockets.forEach(RelayClient::close);
        }
    }

    /** The tests connect from 127.0.0.1, which this relay trusts as a load balancer. */
    @Test
    void behindATrustedBalancerEachClientAddressHasItsOwnCap() throws InterruptedException {
        List<RelayClient> sameClient = new ArrayList<>();
        RelayClient otherClient = null;
        RelayClient claimingAnother = null;
        try {
            for (int i = 0; i <= MAX_SOCKETS_PER_ADDRESS; i++) {
                sameClient.add(forwardedFor("203.0.113.7"));
            }
            otherClient = forwardedFor("203.0.113.8");
            // what a client writes itself comes first; the balancer appends the address it saw
            claimingAnother = forwardedFor("198.51.100.1, 203.0.113.7");
            awaitCloses(Stream.concat(sameClient.stream(), Stream.of(claimingAnother)).toList(), 2);
            List<Integer> closes = sameClient.stream().map(socket -> socket.closedWithin(Duration.ZERO))
                    .filter(reason -> reason != null).map(reason -> reason.getCloseCode().getCode()).toList();
            assertEquals(List.of(4030), closes, "exactly the socket over the client's cap is refused");
            assertNull(otherClient.closedWithin(Duration.ZERO), "another client behind the balancer has room");
            assertEquals(4030, claimingAnother.closedWithin(Duration.ZERO).getCloseCode().getCode(),
                    "a client naming another address is still counted under the one the balancer saw");
        } finally {
            sameClient.forEach(RelayClient::close);
            Stream.of(otherClient, claimingAnother).filter(socket -> socket != null).forEach(RelayClient::close);
        }
    }

    /**
     * A refused socket is closed at once, but on a busy machine its close can take longer than a
     * second to arrive: waits until {@code count} of the sockets are closed, and at least a second,
     * in which a close that should not come would have come too.
     */
    private static void awaitCloses(List<RelayClient> sockets, int count) throws InterruptedException {
        long closing = System.nanoTime();
        long deadline = closing + RelayClient.WAIT.toNanos();
        while (System.nanoTime() < deadline && (System.nanoTime() - closing < 1_000_000_000L
                || sockets.stream().filter(socket -> socket.closedWithin(Duration.ZERO) != null).count() < count)) {
            Thread.sleep(50);
        }
    }

    private RelayClient forwardedFor(String addresses) {
        return RelayClient.connect(base, "viewer", Map.of("X-Forwarded-For", addresses));
    }

    @Test
    void guessingCodesIsSlowedDownThenForgiven() throws InterruptedException {
        var agent = enrollAgent(base, "guarded");
        var guesser = newViewer(base);
        for (int i = 0; i < 3; i++) {
            guesser.send(pair("WXYZ-234" + (i + 2))).error("bad_code");
        }
        JsonObject slowed = guesser.send(pair(agent.pairingCode())).error("too_many_attempts");
        long retryAfter = slowed.getJsonNumber("retryAfter").longValue();
        assertTrue(retryAfter >= 1 && retryAfter <= 5, slowed.toString());

        Thread.sleep(Duration.ofSeconds(retryAfter).toMillis());
        assertEquals(agent.deviceId(), guesser.send(pair(agent.pairingCode())).next("paired")
                .getJsonObject("device").getString("id"), "the right code works once the window has passed");
        guesser.close();
        agent.socket().close();
    }

    @Test
    void healthAndMetricsAreServedForOperators() {
        var agent = enrollAgent(base, "measured");
        var viewer = pairViewer(base, agent.pairingCode()).socket();
        agent.socket().send(telemetry(3));
        viewer.nextOf("telemetry");

        HttpResponse<String> ready = get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("\"UP\""), ready.body());
        HttpResponse<String> live = get("/health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("socket-sweep"), live.body());

        assertTrue(metric("deskrelay_agents_connected") >= 1);
        assertTrue(metric("deskrelay_viewers_connected") >= 1);
        assertTrue(metric("deskrelay_messages_relayed_total") >= 1);
        viewer.close();
        agent.socket().close();
    }

    private HttpResponse<String> get(String path) {
        return new RelayHttp(base).get(path);
    }

    private long metric(String name) {
        return new RelayHttp(base).metric(name);
    }
}
