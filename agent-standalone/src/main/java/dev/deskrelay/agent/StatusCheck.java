package dev.deskrelay.agent;

import java.io.PrintStream;
import java.util.Optional;

import dev.deskrelay.agent.config.AgentConfig;
import dev.deskrelay.agent.config.Credential;
import dev.deskrelay.agent.connection.RelayClients;
import dev.deskrelay.agent.connection.RelayQuery;
import dev.deskrelay.agent.connection.RelayQueryException;
import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.RelayToAgent;

/** {@code status}: the relay, this device, and whether its agent is connected, asked on a control connection. */
final class StatusCheck {

    private final Settings settings;
    private final AgentConfig config;
    private final PrintStream out;
    private final PrintStream err;
    private boolean relayAnswered;

    StatusCheck(Settings settings, AgentConfig config, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.config = config;
        this.out = out;
        this.err = err;
    }

    /** Whether the last {@link #run()} reached a DeskRelay relay that answered for this device. */
    boolean relayAnswered() {
        return relayAnswered;
    }

    int run() {
        String relay = settings.relay().toString();
        out.println("Relay:  " + relay);
        Optional<Credential> enrolled = config.credentialFor(relay);
        if (enrolled.isEmpty()) {
            out.println("Device: not enrolled" + (config.credential() == null ? ""
                    : " there (the stored credential is for " + config.credential().relay() + ")"));
            return ExitStatus.NOT_CONNECTED;
        }
        Credential credential = enrolled.get();
        out.println("Device: " + credential.deviceId() + " (" + credential.name() + ")");
        try (RelayQuery query = RelayQuery.open(RelayClients.create(), settings.relay())) {
            RelayToAgent.Authenticated answer = query.ask(
                    new AgentToRelay.Authenticate(credential.deviceId(), credential.secret(), true),
                    RelayToAgent.Authenticated.class);
            relayAnswered = true;
            boolean connected = Boolean.TRUE.equals(answer.agentOnline());
            out.println("Agent:  " + (connected ? "connected" : "not connected"));
            return connected ? ExitStatus.OK : ExitStatus.NOT_CONNECTED;
        } catch (RelayQueryException e) {
            return RelayTrouble.report(e, err);
        }
    }
}
