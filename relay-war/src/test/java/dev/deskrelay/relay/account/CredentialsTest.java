package dev.deskrelay.relay.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.deskrelay.relay.api.ApiError;

class CredentialsTest {

    @Test
    void aUserNameIsStoredLowerCase() {
        assertEquals("alice.b_c-1", Credentials.username("Alice.B_c-1"));
        assertEquals("a".repeat(64), Credentials.username("A".repeat(64)));
    }

    @Test
    void aUserNameOfOtherCharactersOrLengthsIsRefused() {
        for (String bad : new String[] {"", "a".repeat(65), "al ice", "alice@example.com", "ålice", "a/b", " alice"}) {
            ApiError refused = assertThrows(ApiError.class, () -> Credentials.username(bad), bad);
            assertEquals("bad_username", refused.code());
            assertEquals(400, refused.status());
        }
        assertEquals("bad_username", assertThrows(ApiError.class, () -> Credentials.username(null)).code());
    }

    @Test
    void aPasswordIsTenTo256Characters() {
        assertEquals("0123456789", Credentials.password("0123456789"));
        Credentials.password("x".repeat(256));
        Credentials.password("😀".repeat(10)); // ten characters, though twenty chars in Java
        for (String weak : new String[] {"", "123456789", "x".repeat(257), "😀".repeat(9)}) {
            assertEquals("weak_password", assertThrows(ApiError.class, () -> Credentials.password(weak)).code());
        }
        assertEquals("weak_password", assertThrows(ApiError.class, () -> Credentials.password(null)).code());
    }
}
