package dev.deskrelay.agent;

import java.io.PrintStream;

/** {@code java -jar deskrelay-agent.jar [options]}; see {@link CommandLine#USAGE}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Command command;
        try {
            command = CommandLine.parse(args, Defaults.forThisMachine());
        } catch (UsageException e) {
            err.println("deskrelay-agent: " + e.getMessage());
            err.println(CommandLine.USAGE);
            return ExitStatus.USAGE;
        }
        if (command instanceof Command.ShowHelp) {
            out.println(CommandLine.USAGE);
            return ExitStatus.OK;
        }
        if (command instanceof Command.ShowVersion) {
            out.println("deskrelay-agent " + Version.current());
            return ExitStatus.OK;
        }
        ConsoleLogging.configure();
        return new Agent(((Command.Run) command).options(), out, err).run();
    }
}
