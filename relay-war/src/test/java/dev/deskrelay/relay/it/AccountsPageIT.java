package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.machineSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Accounts in headless Chromium, as people meet them: joining by an invitation link, signing in
 * and out through the form and its throttle, a computer shared as viewer then operator then taken
 * back, a share link until it is revoked, its owner removing it, the Activity view and its CSV,
 * and a browser from before accounts moving its computers in. The relay is set up by
 * {@link ApiClient#admin}; everyone else is invited. One deployment for all: suite time.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsPageIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Deployment(testable = false)
    static WebArchive relay() {
        return RelayWar.asBuilt().addClasses(LegacyFixture.class, ExpiredLinkFixture.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aPersonSignsInAndOutAndTooManyWrongPasswordsAreToldHowLongToWait(@TempDir Path home) {
        var person = People.newPerson(base);
        try (var browser = Browser.open(home.resolve("chromium"))) {
            browser.visit(base).awaitText(By.id("auth-heading"), "Sign in"::equals, "the sign-in form");
            browser.screenshot("sign-in");
            browser.signIn(person);
            assertEquals(person.username(), browser.text(By.id("account-name")));

            browser.await(By.id("account-button")).click();
            browser.await(By.id("sign-out")).click();
            browser.awaitText(By.id("auth-heading"), "Sign in"::equals, "the form again after signing out");
            assertFalse(browser.driver.findElement(By.id("main")).isDisplayed(), "nothing of the account on show");
            browser.driver.navigate().refresh();
            browser.awaitText(By.id("auth-heading"), "Sign in"::equals, "still signed out after a reload");

            String refusal = null;
            int attempts = 0;
            while (refusal == null && attempts < 6) {
                browser.submitSignIn(person.username(), "not the password " + ++attempts);
                new WebDriverWait(browser.driver, WAIT).until(d -> d.findElement(By.id("auth-submit")).isEnabled());
                String error = browser.text(By.id("auth-error"));
                if (error.startsWith("Too many tries")) {
                    refusal = error;
                }
            }
            assertNotNull(refusal, "refused after five wrong passwords");
            assertTrue(attempts > 5, "five wrong passwords are told so before the throttle: refused at " + attempts);
            assertTrue(refusal.matches("Too many tries: try again in \\d+ s"), refusal);
        }
    }

    @Test
    void theAdministratorsInvitationLinkLetsSomebodyCreateAnAccount(@TempDir Path home) {
        ApiClient.admin(base);
        String username = "joiner-" + UUID.randomUUID().toString().substring(0, 8);
        try (var adminPage = Browser.open(home.resolve("admin")); var joinerPage = Browser.open(home.resolve("joiner"))) {
            adminPage.visit(base).submitSignIn(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
            adminPage.awaitText(By.id("connection-status"), "Connected"::equals, "the administrator signed in");
            adminPage.await(By.id("account-button")).click();
            adminPage.await(By.id("invite-create")).click();
            String invitation = adminPage.await(By.cssSelector("#invite-once .secret-value")).getAttribute("value");
            assertTrue(invitation.contains("#invite="), invitation);

            joinerPage.driver.get(invitation);
            joinerPage.awaitText(By.id("auth-heading"), "Create your account"::equals, "the invitation's form");
            joinerPage.driver.findElement(By.id("auth-username")).sendKeys(username);
            joinerPage.driver.findElement(By.id("auth-password")).sendKeys(People.PASSWORD);
            joinerPage.driver.findElement(By.id("auth-repeat")).sendKeys(People.PASSWORD);
            joinerPage.driver.findElement(By.id("auth-submit")).click();
            joinerPage.awaitText(By.id("connection-status"), "Connected"::equals, "signed in as the new account");
            assertEquals(username, joinerPage.text(By.id("account-name")));
        }
    }

    @Test
    void aComputerSharedAsViewerThenOperatorThenTakenBack(@TempDir Path home) throws Exception {
        var agent = enrollAgent(base, "studio");
        String id = agent.deviceId();
        agent.socket().send(machineSample(20));
        var owner = People.newPerson(base);
        var friend = People.newPerson(base);
        try (var ownerPage = Browser.open(home.resolve("owner")); var friendPage = Browser.open(home.resolve("friend"))) {
            ownerPage.visitAs(base, owner).pair(agent.pairingCode());
            ownerPage.open(id);
            friendPage.visitAs(base, friend);

            WebElement username = ownerPage.await(ownerPage.inView("share-username"));
            username.sendKeys(friend.username());
            new Select(ownerPage.driver.findElement(ownerPage.inView("share-role"))).selectByValue("viewer");
            ownerPage.driver.findElement(ownerPage.inView("share-button")).click();
            ownerPage.awaitText(ownerPage.inView("share-done"), text -> text.startsWith("Shared with"), "shared");

            friendPage.awaitText(friendPage.inDevice(id, "role-badge"), "shared with you · viewer"::equals,
                    "the device arriving on the friend's open page");
            agent.socket().send(machineSample(33));
            friendPage.awaitText(friendPage.inDevice(id, "cpu-value"), "33.0 %"::equals, "live values");
            friendPage.open(id);
            friendPage.awaitText(friendPage.inView("view-cpu-value"), "33.0 %"::equals, "live in the view");
            assertFalse(friendPage.driver.findElement(friendPage.inView("action-area")).isDisplayed(),
                    "no action buttons for a viewer");
            assertTrue(friendPage.driver.findElement(friendPage.inView("role-note")).isDisplayed());
            assertFalse(friendPage.driver.findElement(friendPage.inView("share-panel")).isDisplayed(),
                    "only owners share");

            new Select(ownerPage.await(By.cssSelector("#device-view .shares select"))).selectByValue("operator");
            ownerPage.awaitText(ownerPage.inView("share-done"), text -> text.endsWith("is now an operator."), "the new role");
            friendPage.await(friendPage.inView("beep-button")).click();
            JsonObject beep = agent.socket().nextOf("action");
            assertEquals("beep", beep.getString("action"));
            agent.socket().send("{\"type\":\"action_result\",\"id\":\"" + beep.getString("id")
                    + "\",\"ok\":true,\"data\":{\"method\":\"tone\"}}");
            friendPage.awaitText(friendPage.inView("beep-result"), "Beeped (tone)"::equals, "an operator's beep");
            ownerPage.awaitText(ownerPage.inView("shares"),
                    text -> text.startsWith(friend.username()) && !text.contains(owner.username()),
                    "the one person it is shared with, the owner not among them");
            script(ownerPage, "document.querySelector('#device-view .share-panel').scrollIntoView()");
            ownerPage.screenshot("sharing");

            // another account's actions on the owner's computer are listed for that computer
            ownerPage.await(ownerPage.inView("device-activity-button")).click();
            List<String> beepRow = awaitActivityRow(ownerPage, friend.username(), "beep");
            assertEquals("studio", beepRow.get(2), "which computer: " + beepRow);
            assertEquals("ok", beepRow.get(4), "the outcome: " + beepRow);
            new Select(ownerPage.driver.findElement(By.id("activity-kind"))).selectByValue("");
            awaitActivityRow(ownerPage, owner.username(), "Shared");
            ownerPage.screenshot("activity");
            String csvLink = ownerPage.driver.findElement(By.id("activity-csv")).getAttribute("href");
            URI csv = URI.create(csvLink);
            var download = owner.client().get(csv.getRawPath() + (csv.getRawQuery() == null ? "" : "?" + csv.getRawQuery()));
            assertEquals(200, download.statusCode());
            assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                    download.headers().toString());
            assertTrue(download.body().contains(friend.username()), download.body());
            ownerPage.await(By.cssSelector("#activity .close-panel")).click();

            By takeBack = By.cssSelector("#device-view .shares button");
            ownerPage.await(takeBack).click();
            ownerPage.driver.findElement(takeBack).click();
            new WebDriverWait(friendPage.driver, WAIT).until(d -> d.findElements(friendPage.device(id)).isEmpty());
            friendPage.awaitText(By.id("devices-notice"), text -> text.endsWith("is no longer shared with you."),
                    "told why it went");
        } finally {
            agent.socket().close();
        }
    }

    @Test
    void aShareLinkShowsTheLiveComputerReadOnlyUntilRevokedAndItsOwnerRemovesIt(@TempDir Path home) {
        var agent = enrollAgent(base, "kiosk");
        String id = agent.deviceId();
        agent.socket().send(machineSample(12));
        var owner = People.newPerson(base);
        try (var ownerPage = Browser.open(home.resolve("owner")); var linkPage = Browser.open(home.resolve("link"))) {
            ownerPage.visitAs(base, owner).pair(agent.pairingCode());
            ownerPage.open(id);
            ownerPage.await(ownerPage.inView("link-button")).click();
            String link = ownerPage.await(By.cssSelector("#device-view .link-once .secret-value")).getAttribute("value");
            assertTrue(link.contains("#link=l-"), link);

            linkPage.driver.get(link);
            linkPage.await(By.cssSelector("#device-view[data-device-id='" + id + "']"));
            agent.socket().send(machineSample(44));
            linkPage.awaitText(linkPage.inView("view-cpu-value"), "44.0 %"::equals, "live through the link");
            assertFalse(linkPage.driver.findElement(linkPage.inView("action-area")).isDisplayed(), "read-only");
            assertFalse(linkPage.driver.findElement(By.id("auth")).isDisplayed(), "no sign-in for a link");
            assertFalse(linkPage.driver.findElement(By.id("account-bar")).isDisplayed(), "nothing of an account");
            assertFalse(linkPage.driver.getCurrentUrl().contains("link="), "the secret leaves the address bar");

            var links = Json.createReader(new StringReader(owner.client().get("/api/devices/" + id + "/links").body()))
                    .readArray();
            assertEquals(1, links.size());
            var revoked = owner.client().delete("/api/devices/" + id + "/links/" + links.getJsonObject(0).getString("id"));
            assertEquals(204, revoked.statusCode(), revoked.body());
            linkPage.awaitText(By.id("link-ended-heading"), "This link has expired or was revoked"::equals,
                    "the revoked link's page");
            assertFalse(linkPage.driver.findElement(By.id("main")).isDisplayed());

            By remove = ownerPage.inView("remove-device-button");
            ownerPage.await(remove).click();
            ownerPage.awaitText(remove, "Really remove it for everyone?"::equals, "asks once more");
            ownerPage.driver.findElement(remove).click();
            new WebDriverWait(ownerPage.driver, WAIT).until(d -> d.findElements(ownerPage.device(id)).isEmpty());
            ownerPage.awaitText(By.id("devices-notice"), text -> text.endsWith("was removed from the relay."),
                    "the owner's own removal, told as such");
            assertEquals(4004, agent.socket().awaitClose(WAIT).getCloseCode().getCode(), "its agent closed as removed");
        } finally {
            agent.socket().close();
        }
    }

    @Test
    void aShareLinkStopsWorkingAtItsExpiry(@TempDir Path home) {
        var agent = enrollAgent(base, "lobby");
        String id = agent.deviceId();
        var owner = People.newPerson(base);
        try (var ownerSocket = Parties.signedIn(base, owner.token());
                var linkPage = Browser.open(home.resolve("link")); var later = Browser.open(home.resolve("later"))) {
            ownerSocket.send(Parties.pair(agent.pairingCode())).next("paired");
            var made = owner.client().post("/api/devices/" + id + "/links", Json.createObjectBuilder().add("hours", 1).build());
            assertEquals(201, made.statusCode(), made.body());
            JsonObject link = ApiClient.json(made);
            String page = "http://127.0.0.1:" + base.getPort() + base.getPath() + "#link=" + link.getString("id") + "."
                    + link.getString("secret");
            linkPage.driver.get(page);
            agent.socket().send(machineSample(31));
            linkPage.awaitText(linkPage.inView("view-cpu-value"), "31.0 %"::equals, "live through the link");

            var expired = owner.client().post("/api/test-link-expiry",
                    Json.createObjectBuilder().add("link", link.getString("id")).build());
            assertEquals(204, expired.statusCode(), expired.body());
            // the relay's sweep closes the sockets of expired links every 15 s
            linkPage.awaitText(By.id("link-ended-heading"), "This link has expired or was revoked"::equals,
                    "the open page of an expired link", Duration.ofSeconds(30));
            later.driver.get(page);
            later.awaitText(By.id("link-ended-heading"), "This link has expired or was revoked"::equals,
                    "an expired link opened afresh");
        } finally {
            agent.socket().close();
        }
    }

    @Test
    void aBrowserFromBeforeAccountsMovesItsComputersIn(@TempDir Path home) {
        var agent = enrollAgent(base, "old-pc");
        String id = agent.deviceId();
        var made = new ApiClient(base).post("/api/test-legacy", Json.createObjectBuilder().add("device", id).build());
        assertEquals(200, made.statusCode(), made.body());
        String token = ApiClient.json(made).getString("token");
        var person = People.newPerson(base);
        try (var browser = Browser.open(home.resolve("chromium"))) {
            browser.visit(base).awaitText(By.id("auth-heading"), "Sign in"::equals, "the sign-in form");
            script(browser, "localStorage.setItem('deskrelay.viewerToken', arguments[0])", token);
            browser.signIn(person);
            assertTrue(browser.driver.findElements(browser.device(id)).isEmpty(), "not the account's yet");

            browser.await(By.id("legacy-move")).click();
            browser.awaitText(By.id("legacy-done"), "Moved 1 computer into your account."::equals, "moved");
            browser.await(browser.device(id));
            assertEquals("", browser.text(browser.inDevice(id, "role-badge")), "its owner now");
            assertNull(script(browser, "return localStorage.getItem('deskrelay.viewerToken')"), "the old token is gone");
            var old = Parties.authenticateViewer(base, token);
            assertEquals("bad_token", old.next("error").getString("code"), "and revoked on the relay");
            old.close();
        } finally {
            agent.socket().close();
        }
    }

    /** Waits for the Activity view to list what `who` did (the audit log writes a moment later); its cells. */
    private static List<String> awaitActivityRow(Browser browser, String who, String what) {
        var rows = By.cssSelector("#activity-rows tr");
        try {
            // a list loading again replaces the rows being read
            return new WebDriverWait(browser.driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
                var row = d.findElements(rows).stream()
                        .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                        .filter(cells -> cells.get(1).equals(who) && cells.get(3).contains(what)).findFirst();
                if (row.isEmpty()) {
                    // a changed filter loads the list again
                    var kind = new Select(d.findElement(By.id("activity-kind")));
                    kind.selectByValue(kind.getFirstSelectedOption().getAttribute("value").isEmpty() ? "action" : "");
                }
                return row.orElse(null);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no " + what + " by " + who + " in " + browser.text(By.id("activity")), e);
        }
    }

    private static Object script(Browser browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, arguments);
    }
}
