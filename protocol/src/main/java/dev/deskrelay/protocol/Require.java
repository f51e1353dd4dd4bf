package dev.deskrelay.protocol;

/**
 * Field checks for message records. They run in the records' constructors, so a decoded message
 * that exists is a valid one; the codec turns the exception into a {@code bad_message} error.
 */
public final class Require {

    private Require() {
    }

    public static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    public static double percent(Double value, String field) {
        present(value, field);
        if (value.isNaN() || value < 0 || value > 100) {
            throw new IllegalArgumentException(field + " must be between 0 and 100");
        }
        return value;
    }
}
