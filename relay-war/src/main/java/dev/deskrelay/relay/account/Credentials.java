package dev.deskrelay.relay.account;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.deskrelay.relay.api.ApiError;

/** What a user name and a password must be, checked before anything is stored or compared. */
public final class Credentials {

    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 256;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private Credentials() {
    }

    /**
     * @return the user name as stored: lower-case, so {@code Alice} and {@code alice} are one person
     * @throws ApiError {@code bad_username}
     */
    public static String username(String typed) {
        if (typed == null || !USERNAME.matcher(typed).matches()) {
            throw new ApiError(400, "bad_username",
                    "a user name is 1 to 64 letters, digits, dots, underscores or dashes");
        }
        return typed.toLowerCase(Locale.ROOT);
    }

    /** @throws ApiError {@code weak_password} */
    public static String password(String typed) {
        // counted in code points, so a password of emoji is as long as it looks
        int length = typed == null ? 0 : typed.codePointCount(0, typed.length());
        if (length < MIN_PASSWORD || length > MAX_PASSWORD) {
            throw new ApiError(400, "weak_password",
                    "a password is " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters long");
        }
        return typed;
    }
}
