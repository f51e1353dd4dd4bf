package dev.deskrelay.relay.pairing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random credentials and their stored form. Credentials carry 256 random bits, so a plain
 * SHA-256 is enough to store them: there is nothing to brute-force that a slow hash would protect.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private Secrets() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** An identifier, not a secret: 16 characters of 32 give 80 bits, enough never to collide. */
    public static String newId(String prefix) {
        return prefix + randomChars(ID_ALPHABET, 16);
    }

    static String randomChars(char[] alphabet, int count) {
        var chars = new char[count];
        for (int i = 0; i < count; i++) {
            chars[i] = alphabet[RANDOM.nextInt(alphabet.length)];
        }
        return new String(chars);
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Compares in constant time, so response times don't reveal how much of a guess was right. */
    public static boolean matches(String candidate, String storedHash) {
        return MessageDigest.isEqual(
                hash(candidate).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
