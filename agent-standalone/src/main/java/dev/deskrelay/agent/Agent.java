package dev.deskrelay.agent;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import org.glassfish.tyrus.client.ClientManager;

import dev.deskrelay.agent.actions.ActionRunner;
import dev.deskrelay.agent.connection.AgentServices;
import dev.deskrelay.agent.connection.ConsoleNotices;
import dev.deskrelay.agent.connection.Ending;
import dev.deskrelay.agent.connection.FixedDelay;
import dev.deskrelay.agent.connection.ReconnectLoop;
import dev.deskrelay.agent.credentials.Credential;
import dev.deskrelay.agent.credentials.CredentialFileException;
import dev.deskrelay.agent.credentials.CredentialStore;
import dev.deskrelay.agent.credentials.DeviceIdentity;
import dev.deskrelay.agent.telemetry.CpuSampler;
import dev.deskrelay.agent.telemetry.TelemetryLoop;
import oshi.SystemInfo;

/** One run of the agent, from reading the credential to the reason it stopped. */
final class Agent {

    private static final Logger LOG = Logger.getLogger(Agent.class.getName());
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(3);

    private final AgentOptions options;
    private final PrintStream out;
    private final PrintStream err;

    Agent(AgentOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int run() {
        CredentialStore store = new CredentialStore(options.configFile());
        DeviceIdentity identity;
        try {
            if (options.forget() && store.forget()) {
                LOG.info("forgot the credential in " + store.file());
            }
            identity = DeviceIdentity.load(store, options.relay().toString(), options.name());
        } catch (CredentialFileException e) {
            err.println(e.getMessage());
            return ExitStatus.FAILED;
        }
        ReconnectLoop loop = new ReconnectLoop(client(), options.relay().agentEndpoint(), services(identity),
                new FixedDelay(RECONNECT_DELAY));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> loop.stop(SHUTDOWN_GRACE), "deskrelay-shutdown"));
        return explain(loop.run(), identity);
    }

    private AgentServices services(DeviceIdentity identity) {
        SystemInfo system = new SystemInfo();
        return new AgentServices(options.relay(), identity, new ConsoleNotices(out),
                new TelemetryLoop(new CpuSampler(system.getHardware().getProcessor())),
                ActionRunner.withBuiltInActions(out), new AtomicBoolean(options.pair()));
    }

    private static ClientManager client() {
        ClientManager client = ClientManager.createClient();
        // the agent is silent only when broken: telemetry goes out every second
        client.setDefaultMaxSessionIdleTimeout(0);
        return client;
    }

    private int explain(Ending ending, DeviceIdentity identity) {
        String device = identity.credential().map(Credential::deviceId).orElse("(none)");
        return switch (ending) {
            case STOPPED -> ExitStatus.OK;
            case REJECTED -> {
                err.printf("The relay at %s rejected the credential of device %s, so the agent stops.%n"
                        + "To enroll this computer again as a new device, run with --forget or delete %s.%n",
                        options.relay(), device, options.configFile());
                yield ExitStatus.FAILED;
            }
            case REPLACED -> {
                err.printf("Another agent connected to %s as device %s and replaced this one, so this one stops.%n"
                        + "Run one agent per credential; give a second agent its own --config file.%n",
                        options.relay(), device);
                yield ExitStatus.FAILED;
            }
            case CREDENTIAL_NOT_SAVED -> {
                err.printf("The credential the relay issued could not be saved to %s, so the agent stops"
                        + " rather than enroll again and again.%n", options.configFile());
                yield ExitStatus.FAILED;
            }
            case RELAY_GONE -> throw new IllegalStateException("the reconnect loop retries when the relay goes away");
        };
    }
}
