package dev.deskrelay.agent;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import dev.deskrelay.agent.config.ConfigFileException;
import dev.deskrelay.agent.connection.RelayUrl;

/** The command line: options and commands, handed to {@link AgentCommands} once understood. */
@Command(name = "deskrelay-agent", mixinStandardHelpOptions = true, versionProvider = AgentCli.AgentVersion.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Connects this computer to a DeskRelay relay, so it can be watched and controlled from the"
                + " relay's page. Without a command it runs the agent."},
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:failed, as the message says", "2:bad command line or config file",
            "3:status: the agent is not connected"},
        footerHeading = "%nConfiguration:%n",
        footer = {
            "One file per user, readable only by its owner, holds the settings and the device credential:",
            "  $XDG_CONFIG_HOME/deskrelay/agent.json, else ~/.config/deskrelay/agent.json",
            "",
            "  {\"relay\": \"wss://relay.example\", \"name\": \"studio-pc\", \"interval\": 1,",
            "   \"actions\": {\"beep\": true, \"notify\": true, \"processes\": false},",
            "   \"credential\": {\"relay\": \"wss://relay.example\",",
            "                  \"deviceId\": \"d-...\", \"secret\": \"...\", \"name\": \"studio-pc\"}}",
            "",
            "Options on the command line win over the file for that run, and --relay is also saved in it (by"
                + " pair and status once the relay answered): after 'deskrelay-agent --relay URL pair',"
                + " 'deskrelay-agent run' needs no options.",
            "An action set to false is refused to viewers. The relay issues the credential when this computer"
                + " enrolls; 'forget' removes it."})
final class AgentCli implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--relay", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "the relay, ws:// or wss://, with its context path if any; saved in the config file")
    private RelayUrl relay;

    @Option(names = "--name", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "the device name shown on the page, used when enrolling (default: the host name)")
    private String name;

    @Option(names = "--interval", paramLabel = "SECONDS", scope = ScopeType.INHERIT,
            description = "seconds between telemetry samples, 0.2 to 3600, e.g. 0.5 (default: 1)")
    private Interval interval;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "the config file (default: see Configuration below)")
    private Path config;

    @Mixin
    private RunFlags runFlags;

    private final AgentCommands commands;

    private AgentCli(AgentCommands commands) {
        this.commands = commands;
    }

    /** The flags of {@code run}, also accepted without the command name since running is the default. */
    static final class RunFlags {

        @Option(names = "--pair", description = "print a fresh pairing code once connected")
        boolean pair;

        @Option(names = "--forget",
                description = "remove this device on the relay and forget its credential first, then enroll as a new one")
        boolean forget;
    }

    static final class AgentVersion implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"deskrelay-agent " + Version.current()};
        }
    }

    /** Parses and carries out the command; returns the exit status, 2 for anything it cannot understand. */
    static int execute(String[] args, AgentCommands commands, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new AgentCli(commands));
        cli.registerConverter(RelayUrl.class, userFacing(RelayUrl::parse));
        cli.registerConverter(Interval.class, userFacing(Interval::parse));
        cli.setOut(writer(out));
        cli.setErr(writer(err));
        cli.setParameterExceptionHandler((e, arguments) -> usageError(e.getMessage(), e.getCommandLine(), err));
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof UsageException) {
                return usageError(e.getMessage(), commandLine, err);
            }
            if (e instanceof ConfigFileException) {
                // no usage hint: the command line was fine, the file is what needs fixing
                err.println("deskrelay-agent: " + e.getMessage());
                return ExitStatus.USAGE;
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws UsageException {
        return commands.run(overrides(), runFlags.pair, runFlags.forget);
    }

    @Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Runs the agent (the default): connects, reports telemetry, answers actions, and"
                    + " reconnects whenever the relay goes away, until stopped.")
    int run(@Mixin RunFlags flags) throws UsageException {
        return commands.run(overrides(), flags.pair || runFlags.pair, flags.forget || runFlags.forget);
    }

    @Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Prints the relay, this device, and whether its agent is connected to the relay now.",
                "Asks on a control connection, so a running agent stays connected."},
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {"0:the agent is connected", "3:it is not, or this computer is not enrolled",
                "1:the relay could not be asked", "2:bad command line or config file"})
    int status() throws UsageException {
        onlyForRun("status");
        return commands.status(overrides());
    }

    @Command(name = "pair", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Prints a fresh pairing code to type into the page, then exits; enrolls this computer"
                    + " first if it has no credential yet.",
                "Asks on a control connection, so a running agent stays connected."})
    int pair() throws UsageException {
        onlyForRun("pair");
        return commands.pair(overrides());
    }

    @Command(name = "forget", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Removes this device on the relay (where the relay can be reached) and deletes the stored"
                    + " credential; the next run enrolls this computer as a new device.")
    int forget() throws UsageException {
        onlyForRun("forget");
        return commands.forget(overrides());
    }

    private Overrides overrides() {
        return new Overrides(relay, name, interval, config);
    }

    private void onlyForRun(String command) {
        if (runFlags.pair || runFlags.forget) {
            throw new ParameterException(spec.commandLine(), "--pair and --forget go with run, not with " + command);
        }
    }

    private static int usageError(String message, CommandLine where, PrintStream err) {
        err.println("deskrelay-agent: " + message);
        err.println("Try '" + where.getCommandSpec().qualifiedName() + " --help' for more.");
        return ExitStatus.USAGE;
    }

    private static <T> ITypeConverter<T> userFacing(Function<String, T> parse) {
        return text -> {
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        };
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(stream, true);
    }
}
