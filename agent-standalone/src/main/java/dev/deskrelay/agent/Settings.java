package dev.deskrelay.agent;

import java.math.BigDecimal;
import java.nio.file.Path;

import dev.deskrelay.agent.actions.ActionPolicy;
import dev.deskrelay.agent.config.AgentConfig;
import dev.deskrelay.agent.connection.RelayUrl;
import dev.deskrelay.protocol.Limits;

/** What a command works with: the command line's settings over the config file's over the defaults. */
record Settings(RelayUrl relay, String name, Interval interval, ActionPolicy actions) {

    static Settings resolve(Overrides overrides, AgentConfig file, Path filePath, Defaults defaults)
            throws UsageException {
        RelayUrl relay = overrides.relay() != null ? overrides.relay() : relayIn(file, filePath);
        String name = checkedName(overrides.name() != null ? overrides.name()
                : file.name() != null ? file.name() : defaults.name());
        Interval interval = overrides.interval() != null ? overrides.interval() : intervalIn(file, filePath);
        return new Settings(relay, name, interval, new ActionPolicy(file.actions()));
    }

    private static RelayUrl relayIn(AgentConfig file, Path filePath) throws UsageException {
        if (file.relay() == null) {
            throw new UsageException("no relay to connect to: give --relay URL once, and it is saved in " + filePath);
        }
        try {
            return RelayUrl.parse(file.relay());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + " (in " + filePath + ")");
        }
    }

    private static Interval intervalIn(AgentConfig file, Path filePath) throws UsageException {
        BigDecimal seconds = file.interval();
        try {
            return seconds == null ? Interval.DEFAULT : new Interval(seconds);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + " (in " + filePath + ")");
        }
    }

    private static String checkedName(String name) throws UsageException {
        if (name.isBlank() || name.length() > Limits.MAX_NAME_LENGTH) {
            throw new UsageException("the device name must be 1 to " + Limits.MAX_NAME_LENGTH + " characters: '"
                    + name + "'");
        }
        return name;
    }
}
