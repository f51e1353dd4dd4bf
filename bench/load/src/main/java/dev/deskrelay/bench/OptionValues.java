package dev.deskrelay.bench;

import java.nio.file.Path;
import java.util.Map;

/** Reading {@code --name value} options, each wrong one refused with its name: shared by every main of the jar. */
public final class OptionValues {

    private OptionValues() {
    }

    public static int integer(Map<String, String> values, String name, int fallback) {
        try {
            return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a whole number");
        }
    }

    public static double number(Map<String, String> values, String name, double fallback) {
        try {
            return values.containsKey(name) ? Double.parseDouble(values.get(name)) : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a number");
        }
    }

    public static Path path(Map<String, String> values, String name, String fallback) {
        return Path.of(values.getOrDefault(name, fallback));
    }

    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
