package dev.deskrelay.agent;

import java.io.PrintStream;

import dev.deskrelay.agent.config.ConfigFile;
import dev.deskrelay.agent.config.Credential;
import dev.deskrelay.agent.connection.RelayClients;
import dev.deskrelay.agent.connection.RelayQuery;
import dev.deskrelay.agent.connection.RelayQueryException;
import dev.deskrelay.agent.connection.RelayUrl;
import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.RelayToAgent;

/**
 * {@code forget}: removes the device on the relay where it can, so it leaves every page at once,
 * then drops the credential from the config file, keeps the settings, and says what it did.
 */
final class ForgetCredential {

    private final ConfigFile file;
    private final PrintStream out;
    private final PrintStream err;

    ForgetCredential(ConfigFile file, PrintStream out, PrintStream err) {
        this.file = file;
        this.out = out;
        this.err = err;
    }

    int run() {
        Credential forgotten = file.load().credential();
        if (forgotten == null) {
            out.println("No credential in " + file.path() + ", so there was nothing to forget.");
            return ExitStatus.OK;
        }
        removeFromRelay(forgotten);
        file.update(config -> config.withCredential(null));
        out.println("Forgot device " + forgotten.deviceId() + " at " + forgotten.relay() + ": its credential is gone from "
                + file.path() + ".");
        out.println("The next run enrolls this computer as a new device; an agent running now stays connected until"
                + " it stops.");
        return ExitStatus.OK;
    }

    private void removeFromRelay(Credential credential) {
        try (RelayQuery query = RelayQuery.open(RelayClients.create(), RelayUrl.parse(credential.relay()))) {
            query.ask(new AgentToRelay.Authenticate(credential.deviceId(), credential.secret(), true),
                    RelayToAgent.Authenticated.class);
            query.removeDevice();
            out.println("Removed device " + credential.deviceId() + " from the relay: it is gone from every page.");
        } catch (RelayQueryException | IllegalArgumentException e) {
            err.println("deskrelay-agent: could not remove device " + credential.deviceId() + " from the relay ("
                    + e.getMessage() + "); pages that hold it show it offline.");
        }
    }
}
