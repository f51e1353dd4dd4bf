package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.machineSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.sun.net.httpserver.HttpServer;

import jakarta.json.JsonObject;

/**
 * Alerts in headless Chromium, as a person meets them: a rule made in the page's editor, a
 * simulated agent whose CPU crosses it, the header's badge counting the firing alert as the
 * relay's {@code alert} message arrives, the alert's detail with the five minutes before (a
 * chart) and the processes the relay asked the agent for at that moment, and acknowledging it.
 */
class AlertsPageIT extends BuiltRelayIT {

    private static final String PROCESSES = "{\"processes\":[{\"name\":\"render-farm\",\"pid\":4242,\"cpu\":188.5,"
            + "\"memory\":2147483648},{\"name\":\"java\",\"pid\":77,\"cpu\":9.5,\"memory\":536870912}]}";

    @Test
    void aBusyComputerFiresTheRuleWithItsEvidenceAndThePersonAcknowledgesIt(@TempDir Path home) throws Exception {
        var agent = enrollAgent(base, "render-box");
        String id = agent.deviceId();
        var person = People.newPerson(base);
        var samples = Executors.newSingleThreadScheduledExecutor();
        try (var browser = Browser.open(home.resolve("chromium"))) {
            browser.visitAs(base, person).pair(agent.pairingCode());
            browser.await(browser.device(id));
            browser.awaitText(By.id("alerts-count"), "0"::equals, "no alerts yet");

            browser.await(By.id("alerts-button")).click();
            makeRule(browser, id);
            browser.awaitText(By.id("rules"), text -> text.contains("CPU total above 90"), "the rule listed");
            browser.await(By.cssSelector("#alerts .close-panel")).click();

            // a quiet minute, then busy: the chart shows the climb
            for (int i = 0; i < 30; i++) {
                agent.socket().send(machineSample(10 + i % 7));
                Thread.sleep(100);
            }
            samples.scheduleAtFixedRate(() -> agent.socket().send(machineSample(97)), 0, 300, TimeUnit.MILLISECONDS);
            JsonObject asked = agent.socket().nextOf("action");
            samples.shutdown();
            assertTrue(samples.awaitTermination(5, TimeUnit.SECONDS));
            assertEquals("processes", asked.getString("action"), "the relay asks for the processes: " + asked);
            agent.socket().send("{\"type\":\"action_result\",\"id\":\"" + asked.getString("id") + "\",\"ok\":true,"
                    + "\"data\":" + PROCESSES + "}");

            browser.awaitText(By.id("alerts-count"), "1"::equals, "the badge counting the firing alert");
            browser.awaitText(browser.inDevice(id, "device-alerts"), text -> text.contains("CPU busy"),
                    "the firing alert on the computer's card");
            browser.await(By.cssSelector(".device[data-device-id='" + id + "'] .device-alerts button")).click();

            browser.awaitText(By.id("alert-heading"), "Warning: CPU busy on render-box"::equals, "the alert's detail");
            browser.awaitText(By.id("alert-state"), "Firing"::equals, "firing");
            assertTrue(browser.text(By.id("alert-summary")).startsWith("CPU total was 97.0 %"),
                    browser.text(By.id("alert-summary")));
            browser.await(By.cssSelector("#alert-chart canvas"));
            int points = Integer.parseInt(browser.driver.findElement(By.id("alert-chart")).getAttribute("data-points"));
            assertTrue(points >= 10, "the five minutes before it fired: " + points + " points");
            assertEquals("render-farm\t4242\t188.5 %\t2.0 GiB", rowText(browser, "#alert-processes tbody tr"));
            ((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0)");
            browser.screenshot("alert");

            browser.await(By.id("alert-acknowledge")).click();
            browser.awaitText(By.id("alert-state"), "Acknowledged"::equals, "acknowledged in the detail");
            browser.awaitText(By.id("alert-times"), text -> text.contains("acknowledged by " + person.username()),
                    "who acknowledged it");
            browser.awaitText(By.id("alert-changes"), text -> text.contains("Acknowledged (" + person.username() + ")"),
                    "the change listed");
            assertFalse(browser.driver.findElement(By.id("alert-acknowledge")).isDisplayed(), "acknowledged once");
            browser.awaitText(browser.inDevice(id, "device-alerts"), text -> text.endsWith("acknowledged"),
                    "still firing on the card, acknowledged");
            assertEquals("1", browser.text(By.id("alerts-count")), "the badge counts firing alerts, acknowledged or not");

            browser.await(By.id("alert-back")).click();
            new Select(browser.await(By.id("alert-filter-state"))).selectByValue("acknowledged");
            browser.awaitText(By.id("alert-rows"), text -> text.contains("CPU busy") && text.endsWith("Acknowledged"),
                    "the list's state");
            browser.screenshot("alerts");
        } finally {
            samples.shutdownNow();
            agent.socket().close();
        }
    }

    @Test
    void theRulesEditorSpeaksMinutesAndTheApiStoresSeconds(@TempDir Path home) {
        var person = People.newPerson(base);
        try (var browser = Browser.open(home.resolve("chromium"))) {
            browser.visitAs(base, person);
            browser.await(By.id("alerts-button")).click();
            browser.await(By.id("rule-name")).sendKeys("Gone quiet");
            new Select(browser.driver.findElement(By.id("rule-metric"))).selectByValue("offline");
            assertFalse(browser.driver.findElement(By.id("rule-threshold")).isDisplayed(), "offline has no threshold");
            replace(browser, "rule-duration", "5");
            new Select(browser.driver.findElement(By.id("rule-severity"))).selectByValue("critical");
            browser.driver.findElement(By.id("rule-save")).click();
            browser.awaitText(By.id("rules"), text -> text.contains("Offline for longer than 5 min · Critical"),
                    "the offline rule listed");
            JsonObject offline = onlyRule(person);
            assertEquals("offline", offline.getString("metric"));
            assertEquals(300, offline.getInt("durationSeconds"), offline.toString());
            assertTrue(offline.isNull("comparison") && offline.isNull("threshold") && offline.isNull("deviceId"),
                    "no comparison or threshold, every computer: " + offline);

            browser.await(By.cssSelector("#rules button[aria-label='Edit Gone quiet']")).click();
            assertEquals("5", browser.driver.findElement(By.id("rule-duration")).getAttribute("value"));
            new Select(browser.driver.findElement(By.id("rule-metric"))).selectByValue("filesystem");
            browser.await(By.id("rule-mount")).sendKeys("/");
            replace(browser, "rule-threshold", "95");
            replace(browser, "rule-duration", "1.5");
            browser.driver.findElement(By.id("rule-save")).click();
            browser.awaitText(By.id("rules"), text -> text.contains("Filesystem used (/) above 95.0 % for 1.5 min"),
                    "the changed rule listed");
            JsonObject filesystem = onlyRule(person);
            assertEquals(offline.getString("id"), filesystem.getString("id"), "the same rule, changed");
            assertEquals("/", filesystem.getString("mount"));
            assertEquals(90, filesystem.getInt("durationSeconds"));

            // the second press confirms (the question replaces the button's name)
            WebElement delete = browser.await(By.cssSelector("#rules button[aria-label='Delete Gone quiet']"));
            delete.click();
            delete.click();
            browser.awaitText(By.id("rules"), text -> text.startsWith("No rules yet"), "no rules left");
            assertEquals(0, ApiClient.json(person.client().get("/api/alerts/rules")).getJsonArray("rules").size());
        }
    }

    @Test
    void aWebhookShowsItsSecretOnceItsTestArrivesAndWhenItFailsThePageSaysWhy(@TempDir Path home) throws Exception {
        var arrived = new LinkedBlockingQueue<String>();
        HttpServer hook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hook.createContext("/hook", exchange -> {
            arrived.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        hook.start();
        var person = People.newPerson(base);
        try (var browser = Browser.open(home.resolve("chromium"))) {
            browser.visitAs(base, person);
            browser.await(By.id("alerts-button")).click();
            browser.await(By.id("channel-name")).sendKeys("ops hook");
            new Select(browser.driver.findElement(By.id("channel-kind"))).selectByValue("webhook");
            browser.driver.findElement(By.id("channel-target"))
                    .sendKeys("http://127.0.0.1:" + hook.getAddress().getPort() + "/hook");
            browser.driver.findElement(By.id("channel-create")).click();
            String secret = browser.await(By.cssSelector("#channel-once .secret-value")).getAttribute("value");
            assertTrue(secret.length() >= 16, "the signing secret the relay made: " + secret);
            browser.awaitText(By.id("channels"), text -> text.contains("ops hook") && text.contains("Nothing sent yet"),
                    "the new channel listed");
            assertFalse(person.client().get("/api/alerts/channels").body().contains(secret), "shown once only");

            By test = By.cssSelector("#channels button[aria-label='Send a test to ops hook']");
            browser.await(test).click();
            assertTrue(arrived.poll(15, TimeUnit.SECONDS) != null, "the test arrived at the webhook");
            browser.awaitText(By.id("channels"), text -> text.contains("Working · last sent"), "the channel working",
                    Duration.ofSeconds(30));

            hook.stop(0);
            browser.await(test).click();
            // tried again after 1, 4 and 16 s before it counts as failed
            browser.awaitText(By.id("channels"), text -> text.contains("Failing since"), "the channel failing, and why",
                    Duration.ofSeconds(60));
            assertEquals("true", browser.driver.findElement(By.cssSelector("#channels li")).getAttribute("data-failing"));
            browser.screenshot("channels");
        } finally {
            hook.stop(0);
        }
    }

    private static JsonObject onlyRule(People.Person person) {
        var rules = ApiClient.json(person.client().get("/api/alerts/rules")).getJsonArray("rules");
        assertEquals(1, rules.size(), rules.toString());
        return rules.getJsonObject(0);
    }

    /** "CPU busy": CPU total above 90 % for three seconds on the one computer, through the page's editor. */
    private static void makeRule(Browser browser, String deviceId) {
        browser.await(By.id("rule-name")).sendKeys("CPU busy");
        new Select(browser.driver.findElement(By.id("rule-device"))).selectByValue(deviceId);
        new Select(browser.driver.findElement(By.id("rule-metric"))).selectByValue("cpu");
        new Select(browser.driver.findElement(By.id("rule-comparison"))).selectByValue("above");
        replace(browser, "rule-threshold", "90");
        replace(browser, "rule-duration", "0.05");
        new Select(browser.driver.findElement(By.id("rule-severity"))).selectByValue("warning");
        replace(browser, "rule-repeat", "0");
        browser.driver.findElement(By.id("rule-save")).click();
    }

    private static void replace(Browser browser, String fieldId, String text) {
        WebElement field = browser.driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
    }

    private static String rowText(Browser browser, String css) {
        return String.join("\t", browser.driver.findElements(By.cssSelector(css)).get(0)
                .findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
    }
}
