package dev.deskrelay.protocol;

/** How much of something is used, in bytes. */
public record Usage(long used, long total) {

    public Usage {
        if (used < 0 || total < 0) {
            throw new IllegalArgumentException("used and total must not be negative");
        }
    }
}
