package dev.deskrelay.relay.pairing;

/** A code as shown to the person at the computer; {@code expiresAt} is epoch milliseconds. */
public record IssuedCode(String code, long expiresAt) {

    @Override
    public String toString() {
        return "IssuedCode[expiresAt=" + expiresAt + "]";
    }
}
