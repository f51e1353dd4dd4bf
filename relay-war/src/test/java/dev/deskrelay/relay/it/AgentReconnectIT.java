package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.Parties.pairViewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The agent jar keeping its connection through what networks and operators do to it: a relay
 * restart, and a relay that stops answering without closing the connection.
 */
class AgentReconnectIT {

    private static final Pattern PAIRING_CODE = Pattern.compile("Pairing code: (\\S+)");
    private static final Pattern CONNECTED = Pattern.compile("Connected to .* as device (\\S+)");

    @TempDir
    static Path home;
    private static RelayProcess relay;

    /** A fresh relay, set up as its administrator would: the console's code typed into the page. */
    @BeforeAll
    static void startRelay() {
        relay = RelayProcess.start(home.resolve("relay-data"));
        String code = ApiClient.setupCode(relay.base()).orElseThrow(() -> new AssertionError("no setup code written"));
        try (var browser = Browser.open(home.resolve("administrator"))) {
            browser.visit(relay.base()).setUp(code, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        }
        assertTrue(ApiClient.setupCode(relay.base()).isEmpty(), "the setup code is gone once used");
    }

    @AfterAll
    static void stopRelay() {
        relay.close();
    }

    @Test
    void afterARelayRestartTheDeviceComesBackOnlineInThePageByItself() {
        try (var agent = AgentProcess.start(relay.base(), home.resolve("restart").resolve("agent.json"));
                var browser = Browser.open(home.resolve("chromium"))) {
            String code = agent.await(PAIRING_CODE);
            String deviceId = agent.await(CONNECTED);
            browser.visitAs(relay.base(), People.newPerson(relay.base())).pair(code);
            browser.awaitText(browser.inDevice(deviceId, "presence"), text -> text.startsWith("online"), "online");
            browser.open(deviceId);

            relay.stop();
            browser.awaitText(By.id("connection-status"), text -> text.contains("reconnecting in"),
                    "the page noticing the relay is gone, and saying so");
            relay.start();

            assertEquals(deviceId, agent.await(CONNECTED, 2, Duration.ofSeconds(90)), "the same device, not a new enrollment");
            Duration back = agent.timeUntil(CONNECTED, 2, Duration.ofSeconds(1));
            browser.awaitText(By.id("connection-status"), "Connected"::equals, "the page back, with nobody touching it",
                    Duration.ofSeconds(45));
            browser.awaitText(browser.inDevice(deviceId, "presence"), text -> text.startsWith("online"),
                    "the device online again");
            browser.awaitText(browser.inView("view-presence"), text -> text.startsWith("online"), "online in the view");
            assertTrue(browser.enabled(browser.inView("beep-button")));
            System.out.printf("relay restart: agent reconnected %d ms after its start%n", back.toMillis());
        }
    }

    @Test
    void aRelayThatStopsAnsweringIsNoticedWithinThirtySeconds() {
        try (var proxy = FreezingProxy.to(relay.port());
                var agent = AgentProcess.start(proxy.base(), home.resolve("frozen").resolve("agent.json"))) {
            String deviceId = agent.await(CONNECTED);
            var viewer = pairViewer(relay.base(), agent.await(PAIRING_CODE));
            assertEquals(deviceId, viewer.device().getString("id"));

            Duration frozenAt = agent.sinceStart();
            proxy.freezeOpenConnections();
            Duration reconnectedAt = agent.timeUntil(CONNECTED, 2, Duration.ofSeconds(60));
            Duration noticedAfter = reconnectedAt.minus(frozenAt);
            System.out.printf("dead relay: noticed and reconnected %d ms after the freeze%n", noticedAfter.toMillis());
            assertTrue(noticedAfter.compareTo(Duration.ofSeconds(35)) < 0,
                    "reconnected " + noticedAfter.toMillis() + " ms after the freeze: detection within 30 s plus the backoff");
            assertEquals(2, proxy.connectionsMade());

            viewer.socket().drain();
            assertEquals(deviceId, viewer.socket().nextOf("telemetry").getString("deviceId"), "telemetry flows again");
            viewer.socket().close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
