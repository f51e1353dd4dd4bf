package dev.deskrelay.protocol;

import java.io.StringReader;
import java.util.Arrays;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import jakarta.json.JsonException;
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

    /** Each {@code type} alias's record. */
    private final Map<String, Class<? extends T>> types;

    public WireFormat(Class<T> direction) {
        this.types = Arrays.stream(direction.getAnnotation(JsonbTypeInfo.class).value())
                .collect(Collectors.toUnmodifiableMap(JsonbSubtype::alias, subtype -> subtype.type().asSubclass(direction)));
    }

    public T read(String text) {
        String type = typeOf(text);
        Class<? extends T> record = type == null ? null : types.get(type);
        if (record == null) {
            throw new ProtocolViolation(ErrorCode.UNKNOWN_TYPE,
                    "type must be one of " + types.keySet().stream().sorted().toList());
        }
        try {
            // straight to the record: read as the sealed interface, Yasson builds the whole object
            // first to find its type, which is already known here
            return JSONB.fromJson(text, record);
        } catch (JsonbException e) {
            throw new ProtocolViolation(ErrorCode.BAD_MESSAGE, describe(type, e));
        }
    }

    public String write(T message) {
        return JSONB.toJson(message);
    }

    /**
     * The top-level {@code type} if it is a string, else null, after checking that the text is one
     * JSON object and nothing more. It streams past the other fields rather than building the
     * object, which cost a map and a BigDecimal per number on every message.
     */
    private static String typeOf(String text) {
        try (var parser = JsonProviders.SHARED.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw notOneObject();
            }
            String type = null;
            for (var event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
                String key = parser.getString();
                var value = parser.next();
                if (key.equals("type")) {
                    // the last one counts, as it would in a parsed object
                    type = value == JsonParser.Event.VALUE_STRING ? parser.getString() : null;
                } else if (value == JsonParser.Event.START_OBJECT) {
                    parser.skipObject();
                } else if (value == JsonParser.Event.START_ARRAY) {
                    parser.skipArray();
                }
            }
            if (parser.hasNext()) {
                throw notOneObject();
            }
            return type;
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
