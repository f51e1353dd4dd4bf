package dev.deskrelay.agent;

/** What the command line can ask for; parsing ends here, so it can be tested apart from the doing. */
interface AgentCommands {

    int run(Overrides overrides, boolean pair, boolean forget) throws UsageException;

    int status(Overrides overrides) throws UsageException;

    int pair(Overrides overrides) throws UsageException;

    int forget(Overrides overrides) throws UsageException;
}
