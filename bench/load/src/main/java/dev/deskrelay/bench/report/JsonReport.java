package dev.deskrelay.bench.report;

import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

/** A run's figures (any record) as JSON: every record component under its own name, NaN (nothing measured) as null. */
public final class JsonReport {

    private JsonReport() {
    }

    public static String write(Record result) {
        var text = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
            writer.write((jakarta.json.JsonObject) value(result));
        }
        return text.toString().trim() + "\n";
    }

    private static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Record record) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                object.add(component.getName(), value(read(component, record)));
            }
            return object.build();
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            map.forEach((key, entry) -> object.add(String.valueOf(key), value(entry)));
            return object.build();
        }
        if (value instanceof Collection<?> list) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.forEach(entry -> array.add(value(entry)));
            return array.build();
        }
        if (value instanceof Double number) {
            return number.isNaN() || number.isInfinite() ? JsonValue.NULL
                    : Json.createValue(Math.round(number * 1000) / 1000.0);
        }
        if (value instanceof Integer number) {
            return Json.createValue(number);
        }
        if (value instanceof Long number) {
            return Json.createValue(number);
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        return Json.createValue(value.toString());
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
