package dev.deskrelay.relay.pairing;

import java.util.Optional;

/** Where pending pairing codes live; {@link PairingCodes} holds the rules. */
public interface PairingCodeStore {

    void save(PairingCode code);

    /** Removes and returns the code: a code can be taken once, which makes it single-use. */
    Optional<PairingCode> take(String codeHash);

    void removeForDevice(String deviceId);

    void removeExpired(long now);
}
