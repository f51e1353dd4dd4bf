package dev.deskrelay.agent;

import java.io.PrintStream;

import dev.deskrelay.agent.connection.RelayQueryException;

/** What to tell the person when the relay could not be asked, and what to do about a rejected credential. */
final class RelayTrouble {

    static final String ENROLL_AGAIN = "To enroll this computer again as a new device, run 'deskrelay-agent forget'"
            + " (or run with --forget).";

    private RelayTrouble() {
    }

    static int report(RelayQueryException failure, PrintStream err) {
        err.println("deskrelay-agent: " + failure.getMessage());
        if (failure.credentialRejected()) {
            err.println(ENROLL_AGAIN);
        }
        return ExitStatus.FAILED;
    }
}
