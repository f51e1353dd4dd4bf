package dev.deskrelay.agent.connection;

/** A short exchange with the relay did not get its answer; the message says why. */
public final class RelayQueryException extends Exception {

    private final boolean credentialRejected;

    RelayQueryException(String message, boolean credentialRejected) {
        super(message);
        this.credentialRejected = credentialRejected;
    }

    /** The relay refused the credential: asking again with it cannot help. */
    public boolean credentialRejected() {
        return credentialRejected;
    }
}
