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
        return optionalText(value, field, maxLength);
    }

    /** Absent is fine; present must be short enough and real Unicode, or nobody could send it on. */
    public static String optionalText(String value, String field, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException(field + " is not valid Unicode");
        }
        return value;
    }

    // A lone surrogate (JSON "\ud800") decodes into a Java string but has no UTF-8 form.
    private static boolean isWellFormed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** The list, or an empty one when absent; longer than {@code max} is refused. */
    public static <T> java.util.List<T> atMost(java.util.List<T> values, int max, String field) {
        if (values == null) {
            return java.util.List.of();
        }
        if (values.size() > max) {
            throw new IllegalArgumentException(field + " has more than " + max + " entries");
        }
        return values;
    }

    public static double percent(Double value, String field) {
        present(value, field);
        if (value.isNaN() || value < 0 || value > 100) {
            throw new IllegalArgumentException(field + " must be between 0 and 100");
        }
        return value;
    }
}
