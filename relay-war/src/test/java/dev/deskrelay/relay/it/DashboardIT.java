package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.machineSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import jakarta.json.JsonObject;

/**
 * The dashboard in headless Chromium: history on open, every action's outcome, presence as it
 * changes, a browser signed out elsewhere. Actions time out after 3 s here, so that outcome can be seen too.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    private static final Pattern PAIRING_CODE = Pattern.compile("Pairing code: (\\S+)");
    private static final Pattern CONNECTED = Pattern.compile("Connected to .* as device (\\S+)");
    private static final int HISTORY = 40;
    private static final String SYSTEM_INFO = "{\"type\":\"system_info\",\"system\":{\"hostname\":\"charted\","
            + "\"os\":\"Debian GNU/Linux\",\"osVersion\":\"12 (bookworm)\",\"cpuModel\":\"Intel(R) Xeon(R) CPU @ 2.20GHz\","
            + "\"logicalCores\":2,\"physicalCores\":1,\"memoryTotal\":8589934592,\"agentVersion\":\"0.1.0\"}}";
    private static final String FILESYSTEMS = "{\"type\":\"filesystems\",\"filesystems\":[{\"mount\":\"/\",\"type\":\"ext4\","
            + "\"space\":{\"used\":53687091200,\"total\":107374182400}},{\"mount\":\"/home\",\"type\":\"ext4\","
            + "\"space\":{\"used\":450971566080,\"total\":500107862016}}]}";

    @Deployment(testable = false)
    static WebArchive relay() {
        return RelayWar.withSettings("deskrelay.action-timeout-seconds=3\n");
    }

    @ArquillianResource
    URL base;

    @Test
    void aDeviceViewOpensWithItsLastMinutesAlreadyChartedAndKeepsMoving(@TempDir Path home) throws Exception {
        var agent = enrollAgent(base, "charted");
        agent.socket().send(SYSTEM_INFO);
        agent.socket().send(FILESYSTEMS);
        for (int i = 0; i < HISTORY; i++) {
            agent.socket().send(machineSample(Math.round(40 + 30 * Math.sin(i / 4.0))));
            Thread.sleep(50);
        }
        try (var browser = Browser.open(home.resolve("chromium"))) {
            browser.visitAs(base, People.newPerson(base)).pair(agent.pairingCode());
            browser.open(agent.deviceId());
            By cpuChart = browser.inView("chart-cpu");
            awaitPoints(browser, cpuChart, HISTORY, "the history the relay kept, before any new sample");
            awaitPoints(browser, browser.inView("chart-network"), HISTORY, "the network chart's history");
            assertFalse(browser.driver.findElements(By.cssSelector("#device-view .chart-cpu canvas")).isEmpty(),
                    "uPlot drew the chart");

            agent.socket().send(machineSample(55));
            browser.awaitText(browser.inView("view-cpu-value"), "55.0 %"::equals, "the newest sample");
            awaitPoints(browser, cpuChart, HISTORY + 1, "and the chart moved on");
            browser.screenshot("device-view");
        } finally {
            agent.socket().close();
        }
    }

    @Test
    void everyActionShowsItsOutcomeAndErrors(@TempDir Path home) {
        var agent = enrollAgent(base, "obliging");
        agent.socket().send(machineSample(20));
        try (var browser = Browser.open(home.resolve("chromium"))) {
            browser.visitAs(base, People.newPerson(base)).pair(agent.pairingCode());
            browser.open(agent.deviceId());

            click(browser, "beep-button");
            browser.awaitText(browser.inView("beep-result"), "Pending…"::equals, "pending");
            assertFalse(browser.enabled(browser.inView("beep-button")), "one beep at a time");
            answer(agent, "beep", "true,\"data\":{\"method\":\"bell\"}");
            browser.awaitText(browser.inView("beep-result"), "Beeped (terminal bell)"::equals, "ok");

            browser.driver.findElement(browser.inView("notify-title")).sendKeys("Lunch");
            browser.driver.findElement(browser.inView("notify-body")).sendKeys("in the kitchen");
            click(browser, "notify-button");
            JsonObject notify = agent.socket().nextOf("action");
            assertEquals("Lunch", notify.getJsonObject("args").getString("title"));
            assertEquals("in the kitchen", notify.getJsonObject("args").getString("body"));
            reply(agent, notify, "false,\"code\":\"action_disabled\",\"message\":\"turned off\"");
            browser.awaitText(browser.inView("notify-result"), "Refused: turned off on that computer"::equals,
                    "refused by the agent");

            click(browser, "processes-button");
            answer(agent, "processes", "true,\"data\":{\"processes\":[{\"name\":\"java\",\"pid\":4242,\"cpu\":12.5,"
                    + "\"memory\":134217728},{\"name\":\"chromium\",\"pid\":7,\"cpu\":3,\"memory\":1048576}]}");
            browser.awaitText(browser.inView("processes-result"), "2 processes"::equals, "ok");
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("#device-view .processes tbody tr"));
            assertEquals(2, rows.size());
            assertEquals("java 4242 12.5 % 128 MiB", rows.get(0).getText());

            click(browser, "beep-button");
            agent.socket().nextOf("action"); // and never answered
            browser.awaitText(browser.inView("beep-result"), "No answer from the computer (timeout)"::equals,
                    "the relay's timeout", Duration.ofSeconds(10));

            agent.socket().close();
            browser.awaitText(browser.inView("view-presence"), text -> text.startsWith("offline"), "offline");
            assertFalse(browser.enabled(browser.inView("beep-button")), "nothing can be asked of an offline computer");
            assertFalse(browser.enabled(browser.inView("notify-button")));
            assertFalse(browser.enabled(browser.inView("processes-button")));
        }
    }

    @Test
    void aTitlelessNotificationIsToldSoWhateverArrivesMeanwhile(@TempDir Path home) {
        var agent = enrollAgent(base, "notified");
        agent.socket().send(machineSample(20));
        try (var browser = Browser.open(home.resolve("chromium"))) {
            browser.visitAs(base, People.newPerson(base)).pair(agent.pairingCode());
            browser.open(agent.deviceId());
            WebElement title = browser.driver.findElement(browser.inView("notify-title"));
            title.sendKeys("Lunch");
            click(browser, "notify-button");
            answer(agent, "notify", "false,\"code\":\"action_disabled\",\"message\":\"turned off\"");
            browser.awaitText(browser.inView("notify-result"), "Refused: turned off on that computer"::equals, "refused");

            title.clear();
            click(browser, "processes-button");
            click(browser, "notify-button");
            // the processes' answer redraws every outcome, the older notify result among them
            answer(agent, "processes", "true,\"data\":{\"processes\":[{\"name\":\"make\",\"pid\":9,\"cpu\":390.5,"
                    + "\"memory\":1048576}]}");
            browser.awaitText(browser.inView("processes-result"), "1 processes"::equals, "answered");
            assertTrue(browser.text(browser.inView("notify-form")).contains("Give the notification a title"),
                    "the title is still asked for: " + browser.text(browser.inView("notify-form")));
            assertTrue(browser.text(By.cssSelector("#device-view .processes thead")).contains("CPU (% of one core)"),
                    "390.5 % needs saying that it counts cores");

            title.sendKeys("Tea");
            browser.awaitText(browser.inView("notify-title-error"), String::isEmpty, "typing a title answers it");
        } finally {
            agent.socket().close();
        }
    }

    @Test
    void aMalformedPairingCodeIsToldWhatACodeLooksLike(@TempDir Path home) {
        try (var browser = Browser.open(home.resolve("chromium"))) {
            browser.visitAs(base, People.newPerson(base)).pair("hello");
            browser.awaitText(By.id("pair-error"), text -> text.contains("8 letters and digits, like ABCD-2345"),
                    "what a code looks like");
            browser.pair("abcd 2345");
            browser.awaitText(By.id("pair-error"), "That code is unknown or already used"::equals,
                    "a well-formed code goes to the relay, which does not know it");
        }
    }

    @Test
    void anOfflineComputerShowsWhatTheRelayLastKnewAndSinceWhen(@TempDir Path home) throws Exception {
        var gone = enrollAgent(base, "gone");
        gone.socket().send(SYSTEM_INFO);
        gone.socket().send(FILESYSTEMS);
        for (int i = 0; i < 10; i++) {
            gone.socket().send(machineSample(30 + i));
            Thread.sleep(50);
        }
        var silent = enrollAgent(base, "silent");
        silent.socket().send(SYSTEM_INFO);
        gone.socket().close();
        silent.socket().close();
        try (var browser = Browser.open(home.resolve("chromium"))) {
            browser.visitAs(base, People.newPerson(base)).pair(gone.pairingCode());
            browser.open(gone.deviceId());
            browser.awaitText(browser.inView("offline-note"), text -> text.startsWith("Offline since "), "since when");
            // the facts, filesystems and history each come in a message of their own after the device
            browser.awaitText(browser.inView("system-value"), text -> text.startsWith("charted · Debian GNU/Linux"),
                    "the facts the relay kept");
            browser.awaitText(browser.inView("filesystems-note"), text -> text.startsWith("As of "),
                    "and how old they are");
            assertEquals(2, browser.driver.findElements(By.cssSelector("#device-view .filesystems li")).size());
            awaitPoints(browser, browser.inView("chart-cpu"), 10, "the readings before it left");
            browser.screenshot("offline");

            browser.pair(silent.pairingCode());
            browser.open(silent.deviceId());
            browser.awaitText(browser.inView("charts-note"), "No readings in the last five minutes."::equals,
                    "no empty axes");
            assertFalse(browser.driver.findElement(browser.inView("charts")).isDisplayed());
        }
    }

    @Test
    void aStoppedAgentShowsOfflineAtOnceAndOnlineAgainWithoutAReload(@TempDir Path home) {
        Path config = home.resolve("agent.json");
        try (var browser = Browser.open(home.resolve("chromium"))) {
            String deviceId;
            try (var agent = AgentProcess.start(base, config)) {
                deviceId = agent.await(CONNECTED);
                browser.visitAs(base, People.newPerson(base)).pair(agent.await(PAIRING_CODE));
                By presence = browser.inDevice(deviceId, "presence");
                browser.awaitText(presence, text -> text.startsWith("online"), "online");
                browser.awaitText(browser.inDevice(deviceId, "cpu-value"), text -> text.endsWith("%"), "live CPU");
                agent.stop();
                // the agent closes with 1000 on SIGTERM, so the relay tells the page at once
                browser.awaitText(presence, text -> text.startsWith("offline · last seen"), "offline",
                        Duration.ofSeconds(3));
            }
            try (var again = AgentProcess.start(base, config)) {
                assertEquals(deviceId, again.await(CONNECTED));
                browser.awaitText(browser.inDevice(deviceId, "presence"), text -> text.startsWith("online"),
                        "online again, nobody reloading");
                again.stop();
            }
        }
    }

    @Test
    void twoComputersInOneBrowserCanBeRenamedHereAndLeft(@TempDir Path home) {
        var studio = enrollAgent(base, "studio");
        var laptop = enrollAgent(base, "laptop");
        var person = People.newPerson(base);
        try (var browser = Browser.open(home.resolve("chromium"))) {
            browser.visitAs(base, person).pair(studio.pairingCode());
            browser.await(browser.device(studio.deviceId()));
            browser.pair(laptop.pairingCode());
            browser.await(browser.device(laptop.deviceId()));
            studio.socket().send(machineSample(42));
            laptop.socket().send(machineSample(7));
            browser.awaitText(browser.inDevice(studio.deviceId(), "cpu-value"), "42.0 %"::equals, "studio live");
            browser.awaitText(browser.inDevice(laptop.deviceId(), "cpu-value"), "7.0 %"::equals, "laptop live");
            browser.awaitText(browser.inDevice(studio.deviceId(), "memory-summary"), "50 %"::equals, "memory");
            browser.screenshot("device-list");

            browser.driver.findElement(browser.inDevice(laptop.deviceId(), "rename-button")).click();
            WebElement name = browser.await(browser.inDevice(laptop.deviceId(), "rename-input"));
            name.clear();
            name.sendKeys("Kid's laptop\n");
            browser.awaitText(browser.inDevice(laptop.deviceId(), "device-name"), "Kid's laptop"::equals, "renamed");
            browser.driver.navigate().refresh();
            browser.awaitText(browser.inDevice(laptop.deviceId(), "device-name"), "Kid's laptop"::equals,
                    "the name this browser gave, after a reload, still signed in");

            By leave = browser.inDevice(laptop.deviceId(), "leave-button");
            browser.await(leave).click();
            browser.awaitText(leave, text -> text.contains("everyone you shared it with loses it too"),
                    "asks once more, saying what an owner's leaving does");
            browser.driver.findElement(leave).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(d -> d.findElements(browser.device(laptop.deviceId())).isEmpty());
            var viewer = Parties.authenticateViewer(base, person.token());
            assertEquals(1, viewer.next("authenticated").getJsonArray("devices").size(), "the holding is gone on the relay");
            viewer.close();
        } finally {
            studio.socket().close();
            laptop.socket().close();
        }
    }

    @Test
    void aBrowserSignedOutElsewhereIsAskedToSignInAgain(@TempDir Path home) {
        var agent = enrollAgent(base, "guarded");
        var person = People.newPerson(base);
        try (var browser = Browser.open(home.resolve("chromium"))) {
            browser.visitAs(base, person).pair(agent.pairingCode());
            browser.await(browser.device(agent.deviceId()));

            assertEquals(204, person.client().delete("/api/sessions").statusCode(), "signed out everywhere");

            browser.awaitText(By.id("auth-heading"), "Sign in"::equals, "the sign-in form");
            assertTrue(browser.driver.findElements(browser.device(agent.deviceId())).stream().noneMatch(WebElement::isDisplayed),
                    "nothing of the account stays on show");
            assertEquals("auth-username", browser.driver.switchTo().activeElement().getAttribute("id"),
                    "the user name field is ready");
            browser.signIn(person).await(browser.device(agent.deviceId()));
        } finally {
            agent.socket().close();
        }
    }

    @Test
    void thePageFitsAPhoneWorksByKeyboardAndFollowsDarkMode(@TempDir Path home) throws Exception {
        var agent = enrollAgent(base, "pocket");
        for (int i = 0; i < 20; i++) {
            agent.socket().send(machineSample(Math.round(20 + 10 * Math.sin(i / 3.0))));
            Thread.sleep(50);
        }
        agent.socket().send(machineSample(30));
        try (var browser = Browser.open(home.resolve("chromium"))) {
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.visitAs(base, People.newPerson(base)).pair(agent.pairingCode());
            browser.awaitText(browser.inDevice(agent.deviceId(), "cpu-value"), "30.0 %"::equals,
                    "the CPU from the relay's history, before any new sample");
            browser.await(browser.inDevice(agent.deviceId(), "open-link")).sendKeys(Keys.ENTER);
            browser.await(By.cssSelector("#device-view[data-device-id='" + agent.deviceId() + "']"));
            assertEquals("view-name", browser.driver.switchTo().activeElement().getAttribute("id"),
                    "opening a computer moves the focus to its view, for keyboards and screen readers");
            var page = (JavascriptExecutor) browser.driver;
            assertEquals(Boolean.TRUE, page.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth"), "nothing wider than a phone");

            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            assertEquals("rgb(17, 20, 23)", page.executeScript("return getComputedStyle(document.body).backgroundColor"),
                    "the dark theme");
            new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> "rgb(110, 162, 255)".equals(
                    page.executeScript("return getComputedStyle(document.querySelector("
                            + "'#device-view .chart-legend .swatch')).borderTopColor")));
            agent.socket().send(machineSample(35));
            browser.awaitText(browser.inView("view-cpu-value"), "35.0 %"::equals, "a live sample");
            page.executeScript("document.getElementById('device-view').scrollIntoView()");
            browser.screenshot("phone-dark");
        } finally {
            agent.socket().close();
        }
    }

    /**
     * Waits for the chart to show that many points: the relay sends a device's history in a message
     * of its own after the device, so a view opened at once can be drawn before the history is in.
     */
    private static void awaitPoints(Browser browser, By chart, int expected, String what) {
        String points = Integer.toString(expected);
        try {
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(d -> points.equals(d.findElement(chart).getAttribute("data-points")));
        } catch (TimeoutException e) {
            assertEquals(points, browser.driver.findElement(chart).getAttribute("data-points"), what);
        }
    }

    private static void click(Browser browser, String cssClass) {
        browser.await(browser.inView(cssClass)).click();
    }

    private static void answer(Parties.EnrolledAgent agent, String action, String outcome) {
        JsonObject request = agent.socket().nextOf("action");
        assertEquals(action, request.getString("action"));
        reply(agent, request, outcome);
    }

    private static void reply(Parties.EnrolledAgent agent, JsonObject request, String outcome) {
        agent.socket().send("{\"type\":\"action_result\",\"id\":\"" + request.getString("id") + "\",\"ok\":" + outcome + "}");
    }
}
