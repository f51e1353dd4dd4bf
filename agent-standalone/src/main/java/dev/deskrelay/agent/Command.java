package dev.deskrelay.agent;

/** What the command line asks for. */
sealed interface Command {

    record Run(AgentOptions options) implements Command {
    }

    record ShowHelp() implements Command {
    }

    record ShowVersion() implements Command {
    }
}
