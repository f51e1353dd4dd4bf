package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.Parties.beep;
import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.pairViewer;
import static dev.deskrelay.relay.it.Parties.telemetry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import jakarta.json.JsonObject;

/** The product as a person meets it: the agent jar on the computer, the page in a browser. */
class EndToEndIT extends BuiltRelayIT {

    private static final Pattern PAIRING_CODE = Pattern.compile("Pairing code: (\\S+)");
    private static final Pattern CONNECTED = Pattern.compile("Connected to .* as device (\\S+)");
    private static final Pattern SHOWN_PERCENT = Pattern.compile("\\d{1,3}\\.\\d %");

    @Test
    void theAgentJarEnrollsStreamsCpuBeepsAndComesBack(@TempDir Path home) throws IOException {
        Path config = home.resolve("deskrelay").resolve("agent.json");
        String deviceId;
        try (var agent = AgentProcess.start(base, config)) {
            String code = agent.await(PAIRING_CODE);
            Duration connected = agent.timeUntil(CONNECTED);
            deviceId = agent.await(CONNECTED);
            var viewer = pairViewer(base, code);
            assertEquals(deviceId, viewer.device().getString("id"));

            long previousAt = 0;
            for (int i = 0; i < 3; i++) {
                JsonObject sample = viewer.socket().nextOf("telemetry");
                double cpu = sample.getJsonObject("sample").getJsonNumber("cpu").doubleValue();
                assertTrue(cpu >= 0 && cpu <= 100, "cpu " + cpu);
                assertTrue(sample.getJsonNumber("at").longValue() > previousAt);
                previousAt = sample.getJsonNumber("at").longValue();
            }

            viewer.socket().send(beep("jar-1", deviceId));
            JsonObject result = viewer.socket().nextOf("action_result");
            assertTrue(result.getBoolean("ok"), result.toString());
            assertTrue(Set.of("tone", "bell").contains(result.getJsonObject("data").getString("method")));

            System.out.printf("agent jar: start to connected %d ms, resident memory %d MiB%n",
                    connected.toMillis(), agent.residentKiB() / 1024);
            assertEquals(143, agent.stop(), "ended by the SIGTERM (128 + 15), not by a failure");
            assertFalse(viewer.socket().nextOf("presence").getBoolean("online"));
            viewer.socket().close();
        }

        assertEquals(Set.of("OWNER_READ", "OWNER_WRITE"),
                Set.copyOf(Files.getPosixFilePermissions(config).stream().map(Enum::name).toList()));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(config.getParent())));
        try (var again = AgentProcess.start(base, config)) {
            assertEquals(deviceId, again.await(CONNECTED), "the stored credential is used, not a new enrollment");
            again.stop();
            assertFalse(again.printed().contains("enrolled"), again.printed());
        }
    }

    @Test
    void aPersonPairsTheAgentInTheBrowserWatchesItsCpuAndBeeps(@TempDir Path home) {
        try (var agent = AgentProcess.start(base, home.resolve("agent.json"));
                var browser = Browser.open(home.resolve("chromium"))) {
            String code = agent.await(PAIRING_CODE);
            String deviceId = agent.await(CONNECTED);

            browser.visitAs(base, People.newPerson(base)).pair(code);
            browser.await(browser.device(deviceId));
            browser.awaitText(browser.inDevice(deviceId, "presence"), text -> text.startsWith("online"), "online");
            browser.awaitText(browser.inDevice(deviceId, "cpu-value"), text -> SHOWN_PERCENT.matcher(text).matches(),
                    "a CPU percentage");

            browser.open(deviceId).await(browser.inView("beep-button")).click();
            String answer = browser.awaitText(browser.inView("beep-result"),
                    text -> text.startsWith("Beeped"), "the agent's answer");
            assertTrue(answer.contains("tone") || answer.contains("bell"), answer);
            agent.stop();
        }
    }

    @Test
    void thePageFollowsEverySamplePresenceChangeAndActionResult(@TempDir Path home) {
        var first = enrollAgent(base, "workstation");
        var second = enrollAgent(base, "laptop");
        try (var browser = Browser.open(home.resolve("chromium"))) {
            browser.visitAs(base, People.newPerson(base)).pair(first.pairingCode());
            browser.await(browser.device(first.deviceId()));
            browser.pair(second.pairingCode());
            browser.await(browser.device(second.deviceId()));

            By cpu = browser.inDevice(first.deviceId(), "cpu-value");
            first.socket().send(telemetry(11.5));
            browser.awaitText(cpu, "11.5 %"::equals, "11.5 %");
            first.socket().send(telemetry(87.5));
            browser.awaitText(cpu, "87.5 %"::equals, "87.5 %");
            second.socket().send(telemetry(3));
            browser.awaitText(browser.inDevice(second.deviceId(), "cpu-value"), "3.0 %"::equals, "3.0 %");
            assertEquals("87.5 %", browser.driver.findElement(cpu).getText(), "each device shows its own value");

            browser.open(first.deviceId()).await(browser.inView("beep-button")).click();
            JsonObject action = first.socket().nextOf("action");
            browser.awaitText(browser.inView("beep-result"), "Pending…"::equals, "pending");
            first.socket().send("{\"type\":\"action_result\",\"id\":\"" + action.getString("id")
                    + "\",\"ok\":true,\"data\":{\"method\":\"tone\"}}");
            browser.awaitText(browser.inView("beep-result"), "Beeped (tone)"::equals, "the agent's answer");

            first.socket().close();
            browser.awaitText(browser.inDevice(first.deviceId(), "presence"), text -> text.startsWith("offline"),
                    "offline");
            browser.awaitText(browser.inView("view-presence"), text -> text.startsWith("offline"), "offline in the view");
            assertFalse(browser.enabled(browser.inView("beep-button")), "no beeping an offline device");
            assertFalse(browser.enabled(browser.inView("notify-button")));
            assertFalse(browser.enabled(browser.inView("processes-button")));
            browser.open(second.deviceId());
            assertTrue(browser.enabled(browser.inView("beep-button")));
        } finally {
            second.socket().close();
        }
    }

    @Test
    void thePageShowsEverythingTheAgentReportsEvenWhatCameBeforeIt(@TempDir Path home) {
        var agent = enrollAgent(base, "reporter");
        agent.socket().send("{\"type\":\"system_info\",\"system\":{\"hostname\":\"reporter-host\","
                + "\"os\":\"Debian GNU/Linux\",\"osVersion\":\"12\",\"cpuModel\":\"Xeon\",\"logicalCores\":2,"
                + "\"physicalCores\":1,\"memoryTotal\":8589934592,\"agentVersion\":\"0.1.0\"}}");
        agent.socket().send("{\"type\":\"filesystems\",\"filesystems\":[{\"mount\":\"/\",\"type\":\"ext4\","
                + "\"space\":{\"used\":53687091200,\"total\":107374182400}}]}");
        try (var browser = Browser.open(home.resolve("chromium"))) {
            browser.visitAs(base, People.newPerson(base)).pair(agent.pairingCode());
            String deviceId = agent.deviceId();
            browser.open(deviceId);
            browser.awaitText(browser.inView("system-value"), text -> text.contains("reporter-host"),
                    "the system facts the relay kept");
            assertTrue(browser.text(browser.inView("system-value")).contains("2 cores"));
            browser.awaitText(browser.inView("filesystems"), "/ (ext4): 50.0 GiB of 100 GiB (50 %)"::equals,
                    "the filesystems the relay kept");

            agent.socket().send("{\"type\":\"telemetry\",\"sample\":{\"cpu\":25,\"cores\":[20,30],"
                    + "\"load\":[0.5,0.25,0.125],\"memory\":{\"used\":3221225472,\"total\":8589934592},"
                    + "\"swap\":{\"used\":0,\"total\":1073741824},"
                    + "\"network\":[{\"name\":\"eth0\",\"rx\":1536,\"tx\":100},{\"name\":\"wlan0\",\"rx\":512,\"tx\":0}],"
                    + "\"uptime\":93784}}");
            browser.awaitText(browser.inView("memory-value"), "3.0 GiB of 8.0 GiB (38 %)"::equals, "memory");
            assertEquals("38 %", browser.text(browser.inDevice(deviceId, "memory-summary")), "the list shows it too");
            assertEquals("Each core now: 20 % · 30 %", browser.text(browser.inView("cores-value")));
            assertEquals("0 B of 1.0 GiB (0 %)", browser.text(browser.inView("swap-value")));
            assertEquals("0.50 · 0.25 · 0.13", browser.text(browser.inView("load-value")));
            assertEquals("↓ 2.0 KiB/s · ↑ 100 B/s", browser.text(browser.inView("network-value")));
            assertEquals("1 d 2 h", browser.text(browser.inView("uptime-value")));
        } finally {
            agent.socket().close();
        }
    }

    @Test
    void aMistypedCodeIsExplainedOnThePage(@TempDir Path home) {
        try (var browser = Browser.open(home.resolve("chromium"))) {
            browser.visitAs(base, People.newPerson(base)).pair("ZZZZ-ZZZZ");
            browser.awaitText(By.id("pair-error"), text -> text.contains("unknown or already used"),
                    "the bad_code explanation");
        }
    }

    @Test
    void aViewerFromTheAgentsSideSeesTheSameDevice() {
        var agent = enrollAgent(base, "shared");
        var viewer = pairViewer(base, agent.pairingCode());
        agent.socket().send(telemetry(1));
        assertEquals(agent.deviceId(), viewer.socket().nextOf("telemetry").getString("deviceId"));
        viewer.socket().close();
        agent.socket().close();
    }
}
