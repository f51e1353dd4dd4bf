package dev.deskrelay.agent;

import java.io.PrintStream;

import dev.deskrelay.agent.config.ConfigFile;
import dev.deskrelay.agent.config.Credential;

/** {@code forget}: drops the credential from the config file, keeps the settings, and says what it did. */
final class ForgetCredential {

    private final ConfigFile file;
    private final PrintStream out;

    ForgetCredential(ConfigFile file, PrintStream out) {
        this.file = file;
        this.out = out;
    }

    int run() {
        Credential forgotten = file.load().credential();
        if (forgotten == null) {
            out.println("No credential in " + file.path() + ", so there was nothing to forget.");
            return ExitStatus.OK;
        }
        file.update(config -> config.withCredential(null));
        out.println("Forgot device " + forgotten.deviceId() + " at " + forgotten.relay() + ": its credential is gone from "
                + file.path() + ".");
        out.println("The next run enrolls this computer as a new device; an agent running now stays connected until"
                + " it stops.");
        return ExitStatus.OK;
    }
}
