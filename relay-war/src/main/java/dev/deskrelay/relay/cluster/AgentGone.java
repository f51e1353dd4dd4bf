package dev.deskrelay.relay.cluster;

import dev.deskrelay.protocol.ErrorCode;

/**
 * Where a member answers the actions its viewers sent a device whose agent, on another member,
 * is gone: offline there ({@code device_offline}), or with its member ({@code relay_lost}).
 */
@FunctionalInterface
interface AgentGone {

    void agentGone(String deviceId, ErrorCode code, String message);
}
