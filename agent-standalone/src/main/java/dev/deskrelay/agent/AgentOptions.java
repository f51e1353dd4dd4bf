package dev.deskrelay.agent;

import java.nio.file.Path;

import dev.deskrelay.agent.connection.RelayUrl;

/**
 * How to run: {@code pair} asks for a fresh pairing code once connected, {@code forget} drops the
 * stored credential first so the agent enrolls as a new device.
 */
record AgentOptions(RelayUrl relay, String name, Path configFile, boolean pair, boolean forget) {
}
