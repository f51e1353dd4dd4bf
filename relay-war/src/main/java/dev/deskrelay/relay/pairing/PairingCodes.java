package dev.deskrelay.relay.pairing;

import java.time.Clock;
import java.time.Duration;

import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.ProtocolViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The pairing rules: a device has at most one live code, a code is good for ten minutes and for
 * one use, and it grants exactly the device it was issued for.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = ProtocolViolation.class)
public class PairingCodes {

    public static final Duration VALIDITY = Duration.ofMinutes(10);

    private PairingCodeStore store;
    private Clock clock;

    protected PairingCodes() {
    }

    @Inject
    public PairingCodes(PairingCodeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public IssuedCode issue(String deviceId) {
        long now = clock.millis();
        store.removeForDevice(deviceId);
        String code = PairingCodeFormat.generate();
        long expiresAt = now + VALIDITY.toMillis();
        store.save(new PairingCode(Secrets.hash(code), deviceId, expiresAt));
        return new IssuedCode(PairingCodeFormat.display(code), expiresAt);
    }

    /** Expired codes grant nothing anyway; removing them keeps the table as small as the codes in use. */
    public void removeExpired() {
        store.removeExpired(clock.millis());
    }

    /** The device the code grants; the code is used up, whatever the outcome. */
    public String redeem(String typed) {
        var code = PairingCodeFormat.normalize(typed)
                .flatMap(canonical -> store.take(Secrets.hash(canonical)))
                .orElseThrow(() -> new ProtocolViolation(ErrorCode.BAD_CODE,
                        "that pairing code is unknown or already used"));
        if (code.expiredAt(clock.millis())) {
            throw new ProtocolViolation(ErrorCode.CODE_EXPIRED,
                    "that pairing code has expired: ask the computer for a new one");
        }
        return code.deviceId();
    }
}
