package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.UUID;

import jakarta.json.Json;

/**
 * People with accounts on a relay under test, each invited by its administrator, as a second
 * person joins a real relay. Each has its own account, so what one does to its devices (leaving,
 * revoking) reaches none of the others' sockets.
 */
final class People {

    static final String PASSWORD = "correct horse battery";

    private People() {
    }

    /**
     * @param client signed in as the person
     * @param token an API token of the person, for sockets of programs and tests
     */
    record Person(String id, String username, ApiClient client, String token) {

        /** The token's id, as {@code DELETE /api/tokens/{id}} names it: what comes before its dot. */
        String tokenId() {
            return token.substring(0, token.indexOf('.'));
        }
    }

    static Person newPerson(URL base) {
        var admin = ApiClient.admin(base);
        String invite = json(admin.post("/api/invites", Json.createObjectBuilder().build())).getString("code");
        var client = new ApiClient(base);
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        var joined = client.post("/api/accounts", Json.createObjectBuilder().add("invite", invite)
                .add("username", username).add("password", PASSWORD).build());
        assertEquals(201, joined.statusCode(), joined.body());
        var made = client.post("/api/tokens", Json.createObjectBuilder().add("name", "tests").build());
        assertEquals(201, made.statusCode(), made.body());
        return new Person(json(joined).getJsonObject("account").getString("id"), username, client,
                json(made).getString("token"));
    }
}
