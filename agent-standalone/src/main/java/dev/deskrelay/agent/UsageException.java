package dev.deskrelay.agent;

/** The command line cannot be understood; the message says which part. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
