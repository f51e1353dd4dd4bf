package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Accounts over HTTP against the built WAR: setup, sign-in and its throttle, signing out, the
 * password, API tokens, invites, the administrator's list, and the account a socket's handshake
 * carries. The data directory is shared with the other ITs, so the administrator comes from
 * {@link ApiClient#admin}, which sets the relay up only if nobody has yet.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsIT {

    private static final String PASSWORD = People.PASSWORD;

    @Deployment(testable = false)
    static WebArchive relay() {
        return RelayWar.asBuilt().addClass(WhoAmIEndpoint.class);
    }

    @ArquillianResource
    URL base;

    /** First, so that on a fresh data directory it is the one to see the setup code. */
    @Test
    @Order(1)
    void theSetupCodeMakesTheAdministratorOnceAndIsRefusedAfterwards() {
        var stranger = new ApiClient(base);
        var code = ApiClient.setupCode();
        if (code.isPresent()) {
            assertEquals(true, json(stranger.get("/api/me")).getBoolean("setupNeeded"));
            var wrong = stranger.post("/api/setup", setup("AAAA-BBBB-CCCC-DDDD"));
            assertEquals(400, wrong.statusCode());
            assertEquals("bad_setup_code", json(wrong).getString("error"));
            assertEquals(List.of(201, 409), twoSetupsAtOnce(code.get()), "exactly one administrator is made");
        }
        var admin = ApiClient.admin(base);
        JsonObject me = json(admin.get("/api/me")).getJsonObject("account");
        assertEquals(ApiClient.ADMIN, me.getString("username"));
        assertTrue(me.getBoolean("admin"));
        assertTrue(me.getString("id").startsWith("a-"));
        assertFalse(ApiClient.setupCode().isPresent(), "the setup code's file goes with the code");

        for (String again : new String[] {code.orElse("EEEE-FFFF-GGGG-HHHH"), "JJJJ-KKKK-MMMM-NNNN"}) {
            var refused = stranger.post("/api/setup", setup(again));
            assertEquals(409, refused.statusCode(), refused.body());
            assertEquals("setup_done", json(refused).getString("error"));
        }
        var nobody = stranger.get("/api/me");
        assertEquals(401, nobody.statusCode());
        assertEquals("not_signed_in", json(nobody).getString("error"));
        assertFalse(json(nobody).getBoolean("setupNeeded"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        ApiClient.admin(base);
        var browser = new ApiClient(base);
        var answer = browser.send(browser.request("/api/session").header("Content-Type", "application/json")
                .header("X-Forwarded-Proto", "https") // from no trusted proxy: not believed
                .POST(HttpRequest.BodyPublishers.ofString(credentials(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD).toString())));
        assertEquals(200, answer.statusCode(), answer.body());
        String cookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("deskrelay_session="), cookie);
        assertTrue(cookie.contains("; HttpOnly"), cookie);
        assertTrue(cookie.contains("; SameSite=Strict"), cookie);
        assertTrue(cookie.contains("; Path=/;"), cookie);
        assertTrue(cookie.contains("; Max-Age=604800"), "a week: " + cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP: " + cookie);
    }

    @Test
    void wrongPasswordsAreThrottledPerAccountBeforeThePasswordIsChecked() {
        var user = People.newPerson(base);
        var guesser = new ApiClient(base);
        for (int i = 0; i < 5; i++) {
            var wrong = guesser.post("/api/session", credentials(user.username(), "wrong password " + i));
            assertEquals(401, wrong.statusCode());
            assertEquals("bad_credentials", json(wrong).getString("error"));
        }
        var throttled = guesser.post("/api/session", credentials(user.username(), PASSWORD));
        assertEquals(429, throttled.statusCode(), "even the right password waits");
        assertEquals("too_many_attempts", json(throttled).getString("error"));
        long retryAfter = json(throttled).getJsonNumber("retryAfter").longValue();
        assertTrue(retryAfter > 0 && retryAfter <= 181, "retryAfter " + retryAfter);
        assertEquals(String.valueOf(retryAfter), throttled.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(json(throttled).getString("message").contains("try again in " + retryAfter + " s"));
    }

    @Test
    void signingOutEndsThisSessionAndItsCookie() {
        var user = People.newPerson(base);
        String cookie = user.client().session();
        var out = user.client().delete("/api/session");
        assertEquals(204, out.statusCode());
        assertTrue(out.headers().firstValue("Set-Cookie").orElseThrow().contains("Max-Age=0"));
        assertEquals(401, user.client().get("/api/me").statusCode());
        assertEquals(401, withCookie(cookie).statusCode(), "the old cookie signs nobody in");
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfTheAccount() {
        var user = People.newPerson(base);
        var laptop = new ApiClient(base).signIn(user.username(), PASSWORD);
        assertEquals(204, user.client().delete("/api/sessions").statusCode());
        assertEquals(401, user.client().get("/api/me").statusCode());
        assertEquals(401, laptop.get("/api/me").statusCode());
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsTheOtherSessions() {
        var user = People.newPerson(base);
        var laptop = new ApiClient(base).signIn(user.username(), PASSWORD);
        var wrong = user.client().put("/api/account/password", change("not the password", "a new password"));
        assertEquals(403, wrong.statusCode());
        assertEquals("bad_credentials", json(wrong).getString("error"));
        var weak = user.client().put("/api/account/password", change(PASSWORD, "short"));
        assertEquals("weak_password", json(weak).getString("error"));

        assertEquals(204, user.client().put("/api/account/password", change(PASSWORD, "a new password")).statusCode());
        assertEquals(200, user.client().get("/api/me").statusCode(), "this session stays");
        assertEquals(401, laptop.get("/api/me").statusCode(), "the others end");
        assertEquals(401, new ApiClient(base).post("/api/session", credentials(user.username(), PASSWORD)).statusCode());
        new ApiClient(base).signIn(user.username(), "a new password");
    }

    @Test
    void apiTokensAreShownOnceListedAndRevoked() {
        var user = People.newPerson(base);
        var made = user.client().post("/api/tokens", Json.createObjectBuilder().add("name", "benchmark").build());
        assertEquals(201, made.statusCode(), made.body());
        String id = json(made).getString("id");
        String token = json(made).getString("token");
        assertTrue(id.startsWith("t-") && token.startsWith(id + "."), token);

        var listed = Json.createReader(new java.io.StringReader(user.client().get("/api/tokens").body())).readArray();
        JsonObject benchmark = listed.stream().map(JsonValue::asJsonObject)
                .filter(listedToken -> listedToken.getString("id").equals(id)).findFirst().orElseThrow();
        assertEquals("benchmark", benchmark.getString("name"));
        assertFalse(benchmark.containsKey("token"), "shown once");

        var nameless = user.client().post("/api/tokens", Json.createObjectBuilder().add("name", " ").build());
        assertEquals(400, nameless.statusCode());
        assertEquals(404, People.newPerson(base).client().delete("/api/tokens/" + id).statusCode(), "only its own account revokes it");
        assertEquals(204, user.client().delete("/api/tokens/" + id).statusCode());
        assertFalse(user.client().get("/api/tokens").body().contains(id), user.client().get("/api/tokens").body());
        assertEquals(404, user.client().delete("/api/tokens/" + id).statusCode());
    }

    @Test
    void anInviteMakesOneAccountUntilItIsUsedOrWithdrawn() {
        var admin = ApiClient.admin(base);
        var invite = json(admin.post("/api/invites", Json.createObjectBuilder().add("hours", 1).build()));
        assertTrue(admin.get("/api/invites").body().contains(invite.getString("id")));

        String name = "Joiner-" + shortId();
        var joining = new ApiClient(base);
        var joined = joining.post("/api/accounts", joinWith(invite.getString("code"), name));
        assertEquals(201, joined.statusCode(), joined.body());
        JsonObject account = json(joined).getJsonObject("account");
        assertEquals(name.toLowerCase(), account.getString("username"));
        assertFalse(account.getBoolean("admin"));
        assertEquals(200, joining.get("/api/me").statusCode(), "signed in at once");

        var again = new ApiClient(base).post("/api/accounts", joinWith(invite.getString("code"), "other-" + shortId()));
        assertEquals(400, again.statusCode());
        assertEquals("bad_invite", json(again).getString("error"));

        var second = json(admin.post("/api/invites", Json.createObjectBuilder().build()));
        var taken = new ApiClient(base).post("/api/accounts", joinWith(second.getString("code"), name.toUpperCase()));
        assertEquals(409, taken.statusCode());
        assertEquals("username_taken", json(taken).getString("error"));
        assertEquals(204, admin.delete("/api/invites/" + second.getString("id")).statusCode());
        var withdrawn = new ApiClient(base).post("/api/accounts", joinWith(second.getString("code"), "late-" + shortId()));
        assertEquals("bad_invite", json(withdrawn).getString("error"));

        assertEquals(403, joining.post("/api/invites", Json.createObjectBuilder().build()).statusCode(), "admins only");
        assertEquals(400, admin.post("/api/invites", Json.createObjectBuilder().add("hours", 169).build()).statusCode());
    }

    @Test
    void anAdministratorListsAccountsAndRemovesOthersButNotThemselves() {
        var admin = ApiClient.admin(base);
        var user = People.newPerson(base);
        var listed = admin.get("/api/accounts");
        assertEquals(200, listed.statusCode());
        assertTrue(listed.body().contains("\"username\":\"" + user.username() + "\""), listed.body());
        assertEquals(403, user.client().get("/api/accounts").statusCode());

        String adminId = json(admin.get("/api/me")).getJsonObject("account").getString("id");
        assertEquals(409, admin.delete("/api/accounts/" + adminId).statusCode());
        assertEquals(204, admin.delete("/api/accounts/" + user.id()).statusCode());
        assertEquals(401, user.client().get("/api/me").statusCode(), "its sessions end with it");
        assertFalse(admin.get("/api/accounts").body().contains(user.id()));
        assertEquals(404, admin.delete("/api/accounts/" + user.id()).statusCode());
    }

    @Test
    void changesMustBeJsonAndFromThisOrigin() {
        var browser = new ApiClient(base);
        var form = browser.send(browser.request("/api/session").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=it-admin&password=x")));
        assertEquals(415, form.statusCode());
        assertEquals("json_only", json(form).getString("error"));
        var foreign = browser.send(browser.request("/api/session").header("Content-Type", "application/json")
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(credentials("it-admin", "x").toString())));
        assertEquals(403, foreign.statusCode());
    }

    @Test
    void aSocketOpenedWithTheSessionCookieCarriesTheAccount() {
        var user = People.newPerson(base);
        var signedIn = RelayClient.connect(base, "it-whoami", Map.of("Cookie", "deskrelay_session=" + user.client().session()));
        assertEquals(user.id(), signedIn.next("whoami").getString("account"));
        signedIn.close();
        var anonymous = RelayClient.connect(base, "it-whoami");
        assertEquals("", anonymous.next("whoami").getString("account"));
        anonymous.close();
    }

    private List<Integer> twoSetupsAtOnce(String code) {
        var start = new CountDownLatch(1);
        var setups = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(setups.submit(() -> {
                    start.await();
                    return new ApiClient(base).post("/api/setup", setup(code)).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses.stream().sorted().toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            setups.shutdownNow();
        }
    }

    private HttpResponse<String> withCookie(String session) {
        var client = new ApiClient(base);
        return client.send(client.request("/api/me").header("Cookie", "deskrelay_session=" + session).GET());
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonObject setup(String code) {
        return Json.createObjectBuilder().add("code", code).add("username", ApiClient.ADMIN)
                .add("password", ApiClient.ADMIN_PASSWORD).build();
    }

    private static JsonObject credentials(String username, String password) {
        return Json.createObjectBuilder().add("username", username).add("password", password).build();
    }

    private static JsonObject change(String current, String password) {
        return Json.createObjectBuilder().add("current", current).add("password", password).build();
    }

    private static JsonObject joinWith(String invite, String username) {
        return Json.createObjectBuilder().add("invite", invite).add("username", username).add("password", PASSWORD).build();
    }
}
