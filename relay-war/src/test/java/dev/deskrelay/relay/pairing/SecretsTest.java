package dev.deskrelay.relay.pairing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void secretsCarry256RandomBits() {
        String secret = Secrets.newSecret();
        assertEquals(32, Base64.getUrlDecoder().decode(secret).length);
        assertNotEquals(secret, Secrets.newSecret());
    }

    @Test
    void aSecretMatchesOnlyItsOwnHash() {
        String secret = Secrets.newSecret();
        String stored = Secrets.hash(secret);
        assertTrue(Secrets.matches(secret, stored));
        assertFalse(Secrets.matches(secret + "x", stored));
        assertFalse(stored.contains(secret));
    }

    @Test
    void idsCarryTheirPrefix() {
        String id = Secrets.newId("d-");
        assertTrue(id.matches("d-[a-z2-9]{16}"), id);
    }
}
