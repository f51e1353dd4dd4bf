package dev.deskrelay.agent;

import java.io.PrintStream;
import java.time.Duration;
import java.util.logging.Logger;

import dev.deskrelay.agent.actions.ActionRunner;
import dev.deskrelay.agent.config.AgentConfig;
import dev.deskrelay.agent.config.ConfigFile;
import dev.deskrelay.agent.config.ConfigFileException;
import dev.deskrelay.agent.config.Credential;
import dev.deskrelay.agent.config.DeviceIdentity;
import dev.deskrelay.agent.connection.AgentServices;
import dev.deskrelay.agent.connection.Backoff;
import dev.deskrelay.agent.connection.ConsoleNotices;
import dev.deskrelay.agent.connection.Ending;
import dev.deskrelay.agent.connection.ReconnectLoop;
import dev.deskrelay.agent.connection.RelayClients;
import dev.deskrelay.agent.telemetry.TelemetryLoop;
import oshi.SystemInfo;

/** {@code run}: the daemon, from reading the credential to the reason it stopped. */
final class Agent {

    private static final Logger LOG = Logger.getLogger(Agent.class.getName());
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(3);

    private final Settings settings;
    private final ConfigFile file;
    private final AgentConfig config;
    private final boolean pair;
    private final PrintStream out;
    private final PrintStream err;

    Agent(Settings settings, ConfigFile file, AgentConfig config, boolean pair, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.file = file;
        this.config = config;
        this.pair = pair;
        this.out = out;
        this.err = err;
    }

    int run() {
        DeviceIdentity identity = DeviceIdentity.at(settings.relay().toString(), settings.name(), file, config);
        SystemInfo system = new SystemInfo();
        ActionRunner actions = ActionRunner.withBuiltInActions(out, system.getOperatingSystem(), settings.actions());
        listActionsInConfig(actions);
        AgentServices services = new AgentServices(settings.relay(), identity, new ConsoleNotices(out),
                new TelemetryLoop(system, settings.interval().duration(), Version.current()), actions, pair);
        ReconnectLoop loop = new ReconnectLoop(RelayClients.create(), services, Backoff.standard());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> loop.stop(SHUTDOWN_GRACE), "deskrelay-shutdown"));
        return explain(loop.run(), identity);
    }

    /** So the person at the computer finds every action in the file, ready to be turned off. */
    private void listActionsInConfig(ActionRunner actions) {
        try {
            file.update(current -> current.withActionsListed(actions.names()));
        } catch (ConfigFileException e) {
            LOG.warning(e.getMessage());
        }
    }

    private int explain(Ending ending, DeviceIdentity identity) {
        String device = identity.credential().map(Credential::deviceId).orElse("(none)");
        return switch (ending) {
            case STOPPED -> ExitStatus.OK;
            case REJECTED -> {
                err.printf("The relay at %s rejected the credential of device %s, so the agent stops.%n%s%n",
                        settings.relay(), device, RelayTrouble.ENROLL_AGAIN);
                yield ExitStatus.FAILED;
            }
            case REPLACED -> {
                err.printf("Another agent connected to %s as device %s and replaced this one, so this one stops.%n"
                        + "Run one agent per credential; give a second agent its own --config file.%n",
                        settings.relay(), device);
                yield ExitStatus.FAILED;
            }
            case CREDENTIAL_NOT_SAVED -> {
                err.printf("The credential the relay issued could not be saved to %s, so the agent stops"
                        + " rather than enroll again and again.%n", file.path());
                yield ExitStatus.FAILED;
            }
            case RELAY_GONE, RELAY_SILENT ->
                throw new IllegalStateException("the reconnect loop retries when the relay goes away");
        };
    }
}
