package dev.deskrelay.agent;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import dev.deskrelay.agent.connection.RelayUrl;
import dev.deskrelay.protocol.Limits;

/** Turns the arguments into a {@link Command}. */
final class CommandLine {

    static final String DEFAULT_RELAY = "ws://localhost:8080";

    static final String USAGE = """
            Usage: deskrelay-agent [--relay URL] [--name NAME] [--config FILE] [--pair] [--forget]
                   deskrelay-agent --help | --version

            Connects this computer to a DeskRelay relay so it can be watched and controlled from the page.

              --relay URL    the relay, ws:// or wss://, with its context path if any
                             (default ws://localhost:8080)
              --name NAME    the device name shown on the page when enrolling (default: the host name)
              --config FILE  where the device credential is kept (default:
                             $XDG_CONFIG_HOME/deskrelay/agent.json or ~/.config/deskrelay/agent.json)
              --pair         print a fresh pairing code once connected
              --forget       delete the stored credential first and enroll as a new device
              --help         print this help
              --version      print the version""";

    private CommandLine() {
    }

    static Command parse(String[] args, Defaults defaults) throws UsageException {
        String relay = DEFAULT_RELAY;
        String name = defaults.name();
        Path configFile = defaults.configFile();
        boolean pair = false;
        boolean forget = false;
        Iterator<String> rest = List.of(args).iterator();
        while (rest.hasNext()) {
            String option = rest.next();
            switch (option) {
                case "--help", "-h" -> {
                    return new Command.ShowHelp();
                }
                case "--version" -> {
                    return new Command.ShowVersion();
                }
                case "--relay" -> relay = valueOf(option, rest);
                case "--name" -> name = valueOf(option, rest);
                case "--config" -> configFile = Path.of(valueOf(option, rest));
                case "--pair" -> pair = true;
                case "--forget" -> forget = true;
                default -> throw new UsageException("unknown option " + option);
            }
        }
        return new Command.Run(new AgentOptions(relayUrl(relay), checkedName(name), configFile, pair, forget));
    }

    private static String valueOf(String option, Iterator<String> rest) throws UsageException {
        if (!rest.hasNext()) {
            throw new UsageException(option + " needs a value");
        }
        return rest.next();
    }

    private static RelayUrl relayUrl(String text) throws UsageException {
        try {
            return RelayUrl.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String checkedName(String name) throws UsageException {
        if (name.isBlank() || name.length() > Limits.MAX_NAME_LENGTH) {
            throw new UsageException("the name must be 1 to " + Limits.MAX_NAME_LENGTH + " characters");
        }
        return name;
    }
}
