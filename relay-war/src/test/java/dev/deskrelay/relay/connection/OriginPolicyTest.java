package dev.deskrelay.relay.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OriginPolicyTest {

    private final OriginPolicy ownOnly = OriginPolicy.strict("");

    @Test
    void aPageFromTheRelayItselfMayConnect() {
        assertTrue(ownOnly.admits("http://relay.example:8080", "relay.example:8080"));
        assertTrue(ownOnly.admits("https://relay.example", "relay.example"), "default ports on both sides");
        assertTrue(ownOnly.admits("https://Relay.Example", "relay.example:443"));
    }

    @Test
    void programsThatSendNoOriginAreNotBrowsers() {
        assertTrue(ownOnly.admits(null, "relay.example:8080"));
    }

    @Test
    void anyOtherPageMayNot() {
        assertFalse(ownOnly.admits("http://evil.example", "relay.example:8080"));
        assertFalse(ownOnly.admits("http://relay.example:9090", "relay.example:8080"), "another port is another origin");
        assertFalse(ownOnly.admits("http://localhost:8080", "127.0.0.1:8080"));
        assertFalse(ownOnly.admits("null", "relay.example"), "sandboxed frames and files");
        assertFalse(ownOnly.admits("not a url at all", "relay.example"));
        assertFalse(ownOnly.admits("http://relay.example", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"relay example", "relay.example:80:80", "[::1", "relay.example:port", "^", "%zz"})
    void aHostHeaderThatIsNoAddressRefusesRatherThanThrows(String host) {
        assertFalse(ownOnly.admits("http://relay.example", host));
    }

    @Test
    void theAllowlistAddsOrigins() {
        var policy = OriginPolicy.strict("https://dash.example.com, http://localhost:3000, https://other.example/");
        assertTrue(policy.admits("https://dash.example.com", "relay.example"));
        assertTrue(policy.admits("https://dash.example.com:443", "relay.example"));
        assertTrue(policy.admits("http://localhost:3000", "relay.example"));
        assertTrue(policy.admits("https://other.example", "relay.example"));
        assertFalse(policy.admits("http://localhost:3001", "relay.example"));
        assertFalse(policy.admits("null", "relay.example"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dash.example.com", "null", "*", "https://dash.example.com/app", "ws://dash.example.com",
            "https://user@dash.example.com", "https://dash.example.com?x", "https://", "http://a b"})
    void anEntryThatIsNotAnOriginIsRefusedByName(String entry) {
        var refused = assertThrows(IllegalArgumentException.class,
                () -> OriginPolicy.strict("https://fine.example, " + entry));
        assertEquals("'" + entry + "' is not an origin: write scheme://host[:port], e.g. https://dash.example.com",
                refused.getMessage());
    }

    @Test
    void anyAdmitsEveryPageIncludingOnesOpenedFromAFile() {
        var any = OriginPolicy.anyOr(" * ");
        assertTrue(any.admits("null", "relay.example"));
        assertTrue(any.admits("http://evil.example", "relay.example"));
        assertTrue(any.admits(null, "relay.example"));
    }

    @Test
    void anyOrAListIsAsStrictAsTheList() {
        var listed = OriginPolicy.anyOr("https://dash.example.com");
        assertTrue(listed.admits("https://dash.example.com", "relay.example"));
        assertFalse(listed.admits("null", "relay.example"));
        assertThrows(IllegalArgumentException.class, () -> OriginPolicy.anyOr("*, https://dash.example.com"));
    }
}
