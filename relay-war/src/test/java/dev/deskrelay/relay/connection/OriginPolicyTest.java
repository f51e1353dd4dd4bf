package dev.deskrelay.relay.connection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OriginPolicyTest {

    private final OriginPolicy ownOnly = new OriginPolicy("");

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

    @Test
    void theAllowlistAddsOrigins() {
        var policy = new OriginPolicy("https://dash.example.com, http://localhost:3000");
        assertTrue(policy.admits("https://dash.example.com", "relay.example"));
        assertTrue(policy.admits("https://dash.example.com:443", "relay.example"));
        assertTrue(policy.admits("http://localhost:3000", "relay.example"));
        assertFalse(policy.admits("http://localhost:3001", "relay.example"));
    }
}
