package dev.deskrelay.agent.credentials;

/** The credential file cannot be read or written; the message names the file and the reason. */
public final class CredentialFileException extends RuntimeException {

    CredentialFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
