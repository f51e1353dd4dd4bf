package dev.deskrelay.agent;

import java.io.PrintStream;

import dev.deskrelay.agent.config.AgentConfig;
import dev.deskrelay.agent.config.ConfigFile;
import dev.deskrelay.agent.config.Credential;
import dev.deskrelay.agent.config.DeviceIdentity;
import dev.deskrelay.agent.connection.ConsoleNotices;
import dev.deskrelay.agent.connection.RelayClients;
import dev.deskrelay.agent.connection.RelayQuery;
import dev.deskrelay.agent.connection.RelayQueryException;
import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.RelayToAgent;

/**
 * {@code pair}: a fresh pairing code from a control connection, so a running agent stays connected;
 * a computer without a credential enrolls first, which brings a code along.
 */
final class PairingCodeRequest {

    private final Settings settings;
    private final ConfigFile file;
    private final AgentConfig config;
    private final PrintStream out;
    private final PrintStream err;

    PairingCodeRequest(Settings settings, ConfigFile file, AgentConfig config, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.file = file;
        this.config = config;
        this.out = out;
        this.err = err;
    }

    int run() {
        DeviceIdentity identity = DeviceIdentity.at(settings.relay().toString(), settings.name(), file, config);
        try (RelayQuery query = RelayQuery.open(RelayClients.create(), settings.relay())) {
            RelayToAgent.PairingCode code = identity.credential().isPresent()
                    ? askAsDevice(query, identity.credential().get())
                    : enroll(query, identity);
            new ConsoleNotices(out).pairingCode(code);
            return ExitStatus.OK;
        } catch (RelayQueryException e) {
            return RelayTrouble.report(e, err);
        }
    }

    private static RelayToAgent.PairingCode askAsDevice(RelayQuery query, Credential credential)
            throws RelayQueryException {
        query.ask(new AgentToRelay.Authenticate(credential.deviceId(), credential.secret(), true),
                RelayToAgent.Authenticated.class);
        return query.ask(new AgentToRelay.RequestPairingCode(), RelayToAgent.PairingCode.class);
    }

    private RelayToAgent.PairingCode enroll(RelayQuery query, DeviceIdentity identity) throws RelayQueryException {
        RelayToAgent.Enrolled enrolled = query.ask(new AgentToRelay.Enroll(identity.name()),
                RelayToAgent.Enrolled.class);
        identity.remember(enrolled.deviceId(), enrolled.secret(), enrolled.name());
        out.println("Enrolled this computer at " + settings.relay() + " as device " + enrolled.deviceId()
                + " (" + enrolled.name() + ")");
        return query.await(RelayToAgent.PairingCode.class);
    }
}
