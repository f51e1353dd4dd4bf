package dev.deskrelay.protocol;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;

/**
 * The JSON type a record's field must have, worked out once from the record. JSON-B converts
 * where it can (5 becomes "5", "12" becomes 12.0, "true" becomes true), so {@link WireFormat}
 * checks each field's JSON type with this while it streams the text for its {@code type}
 * anyway, before JSON-B binds it. {@code null} fits every shape: the record's constructor says
 * whether a field may be absent.
 */
record JsonShape(Kind kind, Map<String, JsonShape> fields, JsonShape element) {

    enum Kind {
        STRING("a string"), NUMBER("a number"), BOOLEAN("true or false"), OBJECT("an object"),
        RECORD("an object"), LIST("an array");

        private final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    private static final JsonShape STRING = new JsonShape(Kind.STRING, Map.of(), null);
    private static final JsonShape NUMBER = new JsonShape(Kind.NUMBER, Map.of(), null);
    private static final JsonShape BOOLEAN = new JsonShape(Kind.BOOLEAN, Map.of(), null);
    private static final JsonShape OBJECT = new JsonShape(Kind.OBJECT, Map.of(), null);
    private static final List<Class<?>> NUMBERS = List.of(double.class, Double.class, long.class, Long.class,
            int.class, Integer.class);

    /**
     * @throws IllegalArgumentException for a type with no shape here: a new kind of field must
     *         be given one, or it would be bound without a check
     */
    static JsonShape of(Type type) {
        Class<?> raw = (Class<?>) (type instanceof ParameterizedType generic ? generic.getRawType() : type);
        if (raw == String.class) {
            return STRING;
        } else if (NUMBERS.contains(raw)) {
            return NUMBER;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return BOOLEAN;
        } else if (raw == JsonObject.class) {
            return OBJECT;
        } else if (raw == List.class && type instanceof ParameterizedType generic) {
            return new JsonShape(Kind.LIST, Map.of(), of(generic.getActualTypeArguments()[0]));
        } else if (raw.isRecord()) {
            return new JsonShape(Kind.RECORD, fieldsOf(raw), null);
        }
        throw new IllegalArgumentException("no JSON shape for " + type.getTypeName());
    }

    static Map<String, JsonShape> fieldsOf(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .collect(Collectors.toUnmodifiableMap(RecordComponent::getName, field -> of(field.getGenericType())));
    }

    /**
     * Reads the value the parser is at ({@code event} is its first event) to its end, also when
     * it does not fit, so the caller can go on streaming.
     *
     * @return null if it fits, else what is wrong, relative to this value: {@code " must be a number"},
     *         {@code ".cpu must be a number"}, {@code "[] must be a number"}
     */
    String read(JsonParser parser, Event event) {
        if (event == Event.VALUE_NULL) {
            return null;
        }
        boolean fits = switch (kind) {
            case STRING -> event == Event.VALUE_STRING;
            case NUMBER -> event == Event.VALUE_NUMBER;
            case BOOLEAN -> event == Event.VALUE_TRUE || event == Event.VALUE_FALSE;
            case OBJECT, RECORD -> event == Event.START_OBJECT;
            case LIST -> event == Event.START_ARRAY;
        };
        if (!fits) {
            skip(parser, event);
            return " must be " + kind.description;
        }
        return switch (kind) {
            case RECORD -> readFields(parser);
            case LIST -> readElements(parser);
            case OBJECT -> {
                parser.skipObject();
                yield null;
            }
            default -> null;
        };
    }

    /**
     * Reads one field's value: checked if this record has the field, skipped if not.
     *
     * @return null if it fits or is not this record's, else what is wrong, starting with the field's name
     */
    String readField(String name, JsonParser parser, Event event) {
        JsonShape field = fields.get(name);
        if (field == null) {
            skip(parser, event);
            return null;
        }
        String wrong = field.read(parser, event);
        return wrong == null ? null : name + wrong;
    }

    private String readFields(JsonParser parser) {
        String wrong = null;
        for (var event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String name = parser.getString();
            var value = parser.next();
            if (wrong == null) {
                String fieldWrong = readField(name, parser, value);
                wrong = fieldWrong == null ? null : "." + fieldWrong;
            } else {
                skip(parser, value);
            }
        }
        return wrong;
    }

    private String readElements(JsonParser parser) {
        String wrong = null;
        for (var event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            if (wrong == null) {
                String elementWrong = element.read(parser, event);
                wrong = elementWrong == null ? null : "[]" + elementWrong;
            } else {
                skip(parser, event);
            }
        }
        return wrong;
    }

    static void skip(JsonParser parser, Event event) {
        if (event == Event.START_OBJECT) {
            parser.skipObject();
        } else if (event == Event.START_ARRAY) {
            parser.skipArray();
        }
    }
}
