package dev.deskrelay.agent.actions.notify;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** What {@code notify} shows: a title and an optional body, within the protocol's limits. */
public record Notification(String title, String body) {

    static final int MAX_TITLE = 256;
    static final int MAX_BODY = 2048;

    /** @throws IllegalArgumentException when the title is missing or either is too long */
    public Notification {
        if (title == null || length(title) < 1 || length(title) > MAX_TITLE) {
            throw new IllegalArgumentException("title must be 1 to " + MAX_TITLE + " characters");
        }
        if (body != null && length(body) > MAX_BODY) {
            throw new IllegalArgumentException("body must be at most " + MAX_BODY + " characters");
        }
    }

    /** @throws IllegalArgumentException for anything but a string title and an optional string body */
    static Notification from(JsonObject args) {
        return new Notification(text(args, "title"), text(args, "body"));
    }

    boolean hasBody() {
        return body != null && !body.isEmpty();
    }

    private static String text(JsonObject args, String field) {
        JsonValue value = args.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return string.getString();
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
