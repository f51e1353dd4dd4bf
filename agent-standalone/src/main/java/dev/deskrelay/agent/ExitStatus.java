package dev.deskrelay.agent;

/** The process's exit statuses, so scripts and service managers can tell a bad call from a failure. */
final class ExitStatus {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    /** {@code status}: the agent is not connected to the relay, or this computer is not enrolled. */
    static final int NOT_CONNECTED = 3;

    private ExitStatus() {
    }
}
