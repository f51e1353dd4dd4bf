package dev.deskrelay.agent.actions.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

class NotificationTest {

    @Test
    void aTitleAloneIsEnough() {
        Notification notification = Notification.from(args("title", "Backup done"));

        assertEquals("Backup done", notification.title());
        assertNull(notification.body());
    }

    @Test
    void titleAndBodyAreTakenAsTheyAre() {
        JsonObject args = Json.createObjectBuilder().add("title", "-rf").add("body", "line one\nline two").build();

        assertEquals(new Notification("-rf", "line one\nline two"), Notification.from(args));
    }

    @Test
    void theTitleIsRequired() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Notification.from(JsonValue.EMPTY_JSON_OBJECT));
        assertTrue(error.getMessage().contains("title"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Notification.from(args("title", "")));
        assertThrows(IllegalArgumentException.class, () -> Notification.from(args("body", "no title")));
    }

    @Test
    void theTitleIsAtMost256Characters() {
        assertEquals(256, Notification.from(args("title", "t".repeat(256))).title().length());
        assertThrows(IllegalArgumentException.class, () -> Notification.from(args("title", "t".repeat(257))));
    }

    @Test
    void charactersAreCountedNotUtf16Units() {
        String emoji = "\uD83D\uDD14";
        assertEquals(512, Notification.from(args("title", emoji.repeat(256))).title().length());
    }

    @Test
    void theBodyIsAtMost2048Characters() {
        JsonObject longest = Json.createObjectBuilder().add("title", "t").add("body", "b".repeat(2048)).build();
        JsonObject tooLong = Json.createObjectBuilder().add("title", "t").add("body", "b".repeat(2049)).build();

        assertEquals(2048, Notification.from(longest).body().length());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Notification.from(tooLong));
        assertTrue(error.getMessage().contains("body"), error.getMessage());
    }

    @Test
    void titleAndBodyMustBeStrings() {
        assertThrows(IllegalArgumentException.class,
                () -> Notification.from(Json.createObjectBuilder().add("title", 42).build()));
        assertThrows(IllegalArgumentException.class,
                () -> Notification.from(Json.createObjectBuilder().add("title", "t").add("body", true).build()));
    }

    private static JsonObject args(String field, String value) {
        return Json.createObjectBuilder().add(field, value).build();
    }
}
