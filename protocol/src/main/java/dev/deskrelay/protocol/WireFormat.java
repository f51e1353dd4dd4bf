package dev.deskrelay.protocol;

import java.io.StringReader;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;

/**
 * Reads and writes one direction's messages. Reading happens in three steps so that a sender
 * learns what was wrong: not JSON ({@code bad_json}), no known {@code type}
 * ({@code unknown_type}), or fields that don't fit the type ({@code bad_message}).
 */
public final class WireFormat<T> {

    // Jsonb is thread-safe and costly to build: one for the whole JVM.
    private static final Jsonb JSONB = JsonbBuilder.create();

    private final Class<T> direction;
    private final Set<String> types;

    public WireFormat(Class<T> direction) {
        this.direction = direction;
        this.types = Arrays.stream(direction.getAnnotation(JsonbTypeInfo.class).value())
                .map(JsonbSubtype::alias)
                .collect(Collectors.toUnmodifiableSet());
    }

    public T read(String text) {
        JsonObject object = parseObject(text);
        JsonValue type = object.get("type");
        if (!(type instanceof JsonString name) || !types.contains(name.getString())) {
            throw new ProtocolViolation(ErrorCode.UNKNOWN_TYPE,
                    "type must be one of " + types.stream().sorted().toList());
        }
        try {
            return JSONB.fromJson(text, direction);
        } catch (JsonbException e) {
            throw new ProtocolViolation(ErrorCode.BAD_MESSAGE, describe(name.getString(), e));
        }
    }

    public String write(T message) {
        return JSONB.toJson(message);
    }

    private static JsonObject parseObject(String text) {
        try (var parser = JsonProviders.SHARED.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw notOneObject();
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw notOneObject();
            }
            return object;
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw notOneObject();
        }
    }

    private static ProtocolViolation notOneObject() {
        return new ProtocolViolation(ErrorCode.BAD_JSON, "a message must be one JSON object");
    }

    // The innermost cause names the field ("cpu must be between 0 and 100"); Yasson's own
    // wrapper text names classes, which means nothing to a client author.
    private static String describe(String type, JsonbException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String detail = cause instanceof IllegalArgumentException ? cause.getMessage() : "a field has the wrong type";
        return "bad " + type + " message: " + detail;
    }
}
