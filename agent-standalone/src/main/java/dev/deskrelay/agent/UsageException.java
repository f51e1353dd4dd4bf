package dev.deskrelay.agent;

/** The command line or the config file asks for something impossible; the message says what. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
