package dev.deskrelay.agent;

/** The process's exit statuses, so scripts and service managers can tell a bad call from a failure. */
final class ExitStatus {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private ExitStatus() {
    }
}
