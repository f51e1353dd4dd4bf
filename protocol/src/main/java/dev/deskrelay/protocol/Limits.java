package dev.deskrelay.protocol;

/** Sizes both ends agree on, so a well-behaved peer never trips the other's checks. */
public final class Limits {

    /** Largest text frame a relay endpoint accepts; a bigger one is closed with 1009. */
    public static final int MAX_MESSAGE_BYTES = 64 * 1024;
    public static final int MAX_ID_LENGTH = 64;
    public static final int MAX_NAME_LENGTH = 64;
    public static final int MAX_SECRET_LENGTH = 256;

    private Limits() {
    }
}
