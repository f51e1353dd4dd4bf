package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.RelayClient.closeAll;
import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.telemetry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.glassfish.tyrus.core.HandshakeException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The prototype's clients, unchanged, against a relay that has {@code /ws} turned on. */
@ExtendWith(ArquillianExtension.class)
class PrototypeEndpointIT {

    private static final Duration QUIET = Duration.ofMillis(700);

    @Deployment(testable = false)
    static WebArchive relayWithPrototype() {
        return RelayWar.withSettings("deskrelay.prototype.enabled=true\n");
    }

    @ArquillianResource
    URL base;

    @Test
    void cpuGoesFromDesktopToWebAndBeepBack() {
        var desktop = join("office", "desktop");
        var web = join("office", "web");
        var stranger = join("elsewhere", "web");

        String cpu = "{\"event\": \"cpu\", \"value\": 12.5}";
        desktop.send(cpu);
        assertEquals(cpu, web.poll(RelayClient.WAIT), "forwarded as sent");
        web.send("{\"event\": \"beep\"}");
        assertEquals("{\"event\": \"beep\"}", desktop.poll(RelayClient.WAIT));

        assertNull(stranger.poll(QUIET), "another client id hears nothing");
        assertNull(desktop.poll(QUIET), "the server sends nothing of its own");
        closeAll(desktop, web, stranger);
    }

    @Test
    void framesForAnAbsentPeerAreDropped() {
        var desktop = join("lonely", "desktop");
        desktop.send("{\"event\":\"cpu\",\"value\":1}");
        var web = join("lonely", "web");
        assertNull(web.poll(QUIET));
        desktop.send("{\"event\":\"cpu\",\"value\":2}");
        assertEquals("{\"event\":\"cpu\",\"value\":2}", web.poll(RelayClient.WAIT));
        closeAll(desktop, web);
    }

    @Test
    void aClientIdNeverReachesAPairedDevice() {
        var agent = enrollAgent(base, "real");
        var web = join(agent.deviceId(), "web");
        var desktop = join(agent.deviceId(), "desktop");
        agent.socket().send(telemetry(50));
        web.send("{\"event\":\"beep\",\"deviceId\":\"" + agent.deviceId() + "\"}");
        desktop.poll(RelayClient.WAIT);

        assertNull(web.poll(QUIET), "the real device's telemetry stays in the real protocol");
        assertNull(agent.socket().poll(QUIET), "the prototype's beep never reaches the real agent");
        closeAll(agent.socket(), web, desktop);
    }

    @Test
    void aFirstFrameThatIsNotAuthenticationClosesTheSocket() {
        var client = RelayClient.connect(base, "ws").send("{\"event\":\"cpu\",\"value\":3}");
        assertEquals(1008, client.awaitClose(RelayClient.WAIT).getCloseCode().getCode());
    }

    @Test
    void aSecondDesktopWithTheSameIdReplacesTheFirst() {
        var first = join("shared", "desktop");
        var second = join("shared", "desktop");
        assertEquals(4009, first.awaitClose(RelayClient.WAIT).getCloseCode().getCode());
        var web = join("shared", "web");
        web.send("{\"event\":\"beep\"}");
        assertEquals("{\"event\":\"beep\"}", second.poll(RelayClient.WAIT));
        closeAll(second, web);
    }

    /** The prototype's page is a file people open, so its socket comes from no web origin at all. */
    @Test
    void aPageOpenedFromAFileTalksToItsDesktop(@TempDir Path home) throws URISyntaxException {
        var page = PrototypeEndpointIT.class.getResource("/prototype-page.html").toURI();
        var desktop = join("from-a-file", "desktop");
        try (var browser = Browser.open(home.resolve("chromium"))) {
            browser.driver.get(page + "#ws://127.0.0.1:" + base.getPort() + base.getPath() + "ws");
            browser.awaitText(By.id("status"), "connected"::equals, "connected");
            sendUntilShown(desktop, "{\"event\":\"cpu\",\"value\":12.5}", browser);
            browser.driver.findElement(By.id("beep")).click();
            assertEquals("{\"event\":\"beep\"}", desktop.poll(RelayClient.WAIT));
        }
        desktop.close();
    }

    @Test
    void anyPageMayOpenWsWhileTheRealEndpointsStayStrict() {
        RelayClient.connect(base, "ws", Map.of("Origin", "http://evil.example")).close();
        RelayClient.connect(base, "ws", Map.of("Origin", "null")).close();
        for (String origin : List.of("null", "http://evil.example")) {
            var refused = assertThrows(IllegalStateException.class,
                    () -> RelayClient.connect(base, "viewer", Map.of("Origin", origin)));
            assertEquals(403, ((HandshakeException) refused.getCause().getCause()).getHttpStatusCode());
        }
    }

    // Frames for a web client that has not joined yet are dropped, and the page joins a moment
    // after it says connected: the desktop sends, as it would every second, until one arrives.
    private static void sendUntilShown(RelayClient desktop, String frame, Browser browser) {
        long deadline = System.nanoTime() + RelayClient.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            desktop.send(frame);
            assertNull(desktop.poll(Duration.ofMillis(200)), "nothing comes back to the desktop");
            if (browser.text(By.id("received")).contains(frame)) {
                return;
            }
        }
        throw new AssertionError("the page never showed " + frame + "; its socket is " + browser.text(By.id("status")));
    }

    private RelayClient join(String clientId, String mode) {
        var client = RelayClient.connect(base, "ws").send(
                "{\"event\": \"authentication\", \"client_id\": \"" + clientId + "\", \"client_mode\": \"" + mode + "\"}");
        // the prototype answers nothing, so wait until the relay has surely registered the client
        assertNull(client.poll(Duration.ofMillis(200)));
        return client;
    }
}
