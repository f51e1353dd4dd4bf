package dev.deskrelay.agent;

import java.io.PrintStream;

import dev.deskrelay.agent.launch.Relaunch;

/** {@code java -jar deskrelay-agent.jar [command] [options]}; {@code --help} says which. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        ConsoleLogging.configure();
        Relaunch.ifNeeded(args);
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return AgentCli.execute(args, new Commands(Defaults.forThisMachine(), out, err), out, err);
    }
}
