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

    /**
     * Absent is fine; present must be short enough and real Unicode, or nobody could send it on.
     * Length is in characters (code points), so an emoji counts once, as a person would count it.
     */
    public static String optionalText(String value, String field, int maxLength) {
        if (value == null) {
            return null;
        }
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException(field + " is not valid Unicode");
        }
        if (value.length() > maxLength && value.codePointCount(0, value.length()) > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    /** A name shown to people: text, and nothing that could rewrite the screen it is shown on. */
    public static String name(String value, String field, int maxLength) {
        return printable(text(value, field, maxLength), field);
    }

    public static String optionalName(String value, String field, int maxLength) {
        return printable(optionalText(value, field, maxLength), field);
    }

    private static String printable(String value, String field) {
        if (value != null && value.codePoints().anyMatch(Require::rewritesTheScreen)) {
            throw new IllegalArgumentException(field + " contains a control character");
        }
        return value;
    }

    /*
     * Control characters (NUL, newlines, the ESC of terminal escapes), line and paragraph
     * separators, and the bidirectional controls that make text display in another order than it
     * reads (a name "txt.exe" shown as "exe.txt"). Other format characters stay: emoji are built
     * with joiners and tags.
     */
    private static boolean rewritesTheScreen(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
                    || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
        };
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
