package dev.deskrelay.agent.config;

/** The config file cannot be read or written; the message names the file and the reason. */
public final class ConfigFileException extends RuntimeException {

    ConfigFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
