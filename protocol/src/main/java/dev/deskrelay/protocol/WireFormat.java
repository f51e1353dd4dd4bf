package dev.deskrelay.protocol;

import java.io.StringReader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
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
 * ({@code unknown_type}), or fields that don't fit the type ({@code bad_message}): a field of
 * the wrong JSON type, found in the same streaming pass as the type, or a value its record refuses.
 */
public final class WireFormat<T> {

    // Jsonb is thread-safe and costly to build: one for the whole JVM.
    private static final Jsonb JSONB = JsonbBuilder.create();

    /** Each {@code type} alias's record. */
    private final Map<String, Class<? extends T>> types;
    /** Each {@code type} alias's fields. */
    private final Map<String, Set<String>> fieldNames;
    /** Every field of every message in this direction: fields are checked before the type, which may come last, is known. */
    private final JsonShape anyMessage;

    /** @throws IllegalStateException if two messages have a field of one name and different JSON types */
    public WireFormat(Class<T> direction) {
        var subtypes = direction.getAnnotation(JsonbTypeInfo.class).value();
        this.types = Arrays.stream(subtypes).collect(Collectors.toUnmodifiableMap(JsonbSubtype::alias,
                subtype -> subtype.type().asSubclass(direction)));
        Map<String, Map<String, JsonShape>> fields = Arrays.stream(subtypes).collect(Collectors.toUnmodifiableMap(
                JsonbSubtype::alias, subtype -> JsonShape.fieldsOf(subtype.type())));
        this.fieldNames = fields.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                message -> message.getValue().keySet()));
        this.anyMessage = new JsonShape(JsonShape.Kind.RECORD, fields.values().stream()
                .flatMap(message -> message.entrySet().stream())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (one, other) -> {
                    if (!one.equals(other)) {
                        throw new IllegalStateException("two " + direction.getSimpleName()
                                + " messages have a field of one name and different JSON types");
                    }
                    return one;
                })), null);
    }

    public T read(String text) {
        Scan scan = scan(text);
        Class<? extends T> record = scan.type() == null ? null : types.get(scan.type());
        if (record == null) {
            throw new ProtocolViolation(ErrorCode.UNKNOWN_TYPE,
                    "type must be one of " + types.keySet().stream().sorted().toList());
        }
        // a field of another message is not this one's, and is ignored like any unknown field
        Set<String> fields = fieldNames.get(scan.type());
        for (var wrong : scan.wrongFields().entrySet()) {
            if (fields.contains(wrong.getKey())) {
                throw new ProtocolViolation(ErrorCode.BAD_MESSAGE,
                        "bad " + scan.type() + " message: " + wrong.getValue());
            }
        }
        try {
            // straight to the record: read as the sealed interface, Yasson builds the whole object
            // first to find its type, which is already known here
            return JSONB.fromJson(text, record);
        } catch (JsonbException e) {
            throw new ProtocolViolation(ErrorCode.BAD_MESSAGE, describe(scan.type(), e));
        }
    }

    public String write(T message) {
        return JSONB.toJson(message);
    }

    /**
     * The top-level {@code type} if it is a string, else null, and what is wrong with the fields,
     * after checking that the text is one JSON object and nothing more. It streams through the
     * text rather than building the object, which cost a map and a BigDecimal per number on
     * every message.
     */
    private Scan scan(String text) {
        try (var parser = JsonProviders.SHARED.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw notOneObject();
            }
            String type = null;
            Map<String, String> wrongFields = Map.of();
            for (var event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
                String key = parser.getString();
                var value = parser.next();
                if (key.equals("type")) {
                    // the last one counts, as it would in a parsed object
                    type = value == JsonParser.Event.VALUE_STRING ? parser.getString() : null;
                    JsonShape.skip(parser, value);
                } else {
                    String wrong = anyMessage.readField(key, parser, value);
                    if (wrong != null) {
                        wrongFields = wrongFields.isEmpty() ? new HashMap<>() : wrongFields;
                        wrongFields.put(key, wrong);
                    }
                }
            }
            if (parser.hasNext()) {
                throw notOneObject();
            }
            return new Scan(type, wrongFields);
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw notOneObject();
        }
    }

    /** @param wrongFields each top-level field whose JSON type is wrong, and what is wrong with it */
    private record Scan(String type, Map<String, String> wrongFields) {
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
