package dev.deskrelay.agent;

import java.nio.file.Path;

import dev.deskrelay.agent.connection.RelayUrl;

/** What the command line says about the settings; null where it says nothing, so the config file decides. */
record Overrides(RelayUrl relay, String name, Interval interval, Path config) {

    static final Overrides NONE = new Overrides(null, null, null, null);
}
