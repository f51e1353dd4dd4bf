package dev.deskrelay.agent;

import java.io.PrintStream;

import dev.deskrelay.agent.config.AgentConfig;
import dev.deskrelay.agent.config.ConfigFile;

/** The commands as they really run: against the config file, the relay and this machine. */
final class Commands implements AgentCommands {

    private final Defaults defaults;
    private final PrintStream out;
    private final PrintStream err;

    Commands(Defaults defaults, PrintStream out, PrintStream err) {
        this.defaults = defaults;
        this.out = out;
        this.err = err;
    }

    @Override
    public int run(Overrides overrides, boolean pair, boolean forget) throws UsageException {
        ConfigFile file = fileFor(overrides);
        if (forget) {
            new ForgetCredential(file, out, err).run();
        }
        AgentConfig config = withRelaySaved(file, overrides);
        return new Agent(settings(overrides, config, file), file, config, pair, out, err).run();
    }

    @Override
    public int status(Overrides overrides) throws UsageException {
        ConfigFile file = fileFor(overrides);
        AgentConfig config = file.load();
        var check = new StatusCheck(settings(overrides, config, file), config, out, err);
        int status = check.run();
        // as for pair: only a relay that answered is worth keeping
        if (check.relayAnswered()) {
            withRelaySaved(file, overrides);
        }
        return status;
    }

    @Override
    public int pair(Overrides overrides) throws UsageException {
        ConfigFile file = fileFor(overrides);
        AgentConfig config = file.load();
        int status = new PairingCodeRequest(settings(overrides, config, file), file, config, out, err).run();
        // a relay that could not be asked is likely a mistyped URL, not one to keep
        if (status == ExitStatus.OK) {
            withRelaySaved(file, overrides);
        }
        return status;
    }

    @Override
    public int forget(Overrides overrides) {
        ConfigFile file = fileFor(overrides);
        withRelaySaved(file, overrides);
        return new ForgetCredential(file, out, err).run();
    }

    private ConfigFile fileFor(Overrides overrides) {
        return new ConfigFile(overrides.config() != null ? overrides.config() : defaults.configFile());
    }

    /** A relay given on the command line becomes the configured one, so later runs need no options. */
    private static AgentConfig withRelaySaved(ConfigFile file, Overrides overrides) {
        return overrides.relay() == null ? file.load()
                : file.update(config -> config.withRelay(overrides.relay().toString()));
    }

    private Settings settings(Overrides overrides, AgentConfig config, ConfigFile file) throws UsageException {
        return Settings.resolve(overrides, config, file.path(), defaults);
    }
}
