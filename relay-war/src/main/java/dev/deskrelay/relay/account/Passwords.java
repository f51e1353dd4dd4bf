package dev.deskrelay.relay.account;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Jakarta Security's PBKDF2 with the relay's parameters (docs/operations.md): OWASP's 2023 advice
 * for PBKDF2-HMAC-SHA512, about a tenth of a second per check here. The parameters are written
 * into each hash, so raising them later still verifies the old ones.
 */
@ApplicationScoped
public class Passwords {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    Pbkdf2PasswordHash hash;

    // checked against when the user name is unknown, so the answer takes as long as for a known one
    private String decoy;

    @PostConstruct
    void init() {
        hash.initialize(PARAMETERS);
        decoy = hash.generate("decoy password".toCharArray());
    }

    String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    boolean matches(String password, String stored) {
        return hash.verify(password.toCharArray(), stored);
    }

    /** Spends the time of a check, for a user name that has no password. */
    void matchNothing(String password) {
        hash.verify(password.toCharArray(), decoy);
    }
}
