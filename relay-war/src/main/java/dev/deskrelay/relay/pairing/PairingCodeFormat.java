package dev.deskrelay.relay.pairing;

import java.util.Locale;
import java.util.Optional;

/**
 * Pairing codes are read off one screen and typed into another: eight characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L), shown as two groups of four. 31^8 is about
 * 8.5e11 codes, and each lives ten minutes.
 */
public final class PairingCodeFormat {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;

    private PairingCodeFormat() {
    }

    /** A new code in its canonical form (no separator). */
    public static String generate() {
        return generate(LENGTH);
    }

    /** A code of another length in the same alphabet, such as the 16-character setup code. */
    public static String generate(int length) {
        return Secrets.randomChars(ALPHABET.toCharArray(), length);
    }

    /** How a person sees it, in groups of four: {@code ABCD-EFGH}. */
    public static String display(String canonical) {
        return String.join("-", canonical.split("(?<=\\G.{4})"));
    }

    /** What a person typed, in canonical form: case, spaces and dashes don't matter. */
    public static Optional<String> normalize(String typed) {
        return normalize(typed, LENGTH);
    }

    /** As {@link #normalize(String)}, for a code of {@code length} characters. */
    public static Optional<String> normalize(String typed, int length) {
        String canonical = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        boolean wellFormed = canonical.length() == length
                && canonical.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
        return wellFormed ? Optional.of(canonical) : Optional.empty();
    }
}
