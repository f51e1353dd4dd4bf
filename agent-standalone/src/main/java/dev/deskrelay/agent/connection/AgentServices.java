package dev.deskrelay.agent.connection;

import java.util.concurrent.atomic.AtomicBoolean;

import dev.deskrelay.agent.actions.ActionRunner;
import dev.deskrelay.agent.config.DeviceIdentity;
import dev.deskrelay.agent.telemetry.TelemetryLoop;

/**
 * What every connection of the process shares. {@code pairAfterAuthentication} is consumed by the
 * first authentication, so {@code --pair} prints one code per run, not one per reconnect.
 */
public record AgentServices(RelayUrl relay, DeviceIdentity identity, ConsoleNotices console,
        TelemetryLoop telemetry, ActionRunner actions, AtomicBoolean pairAfterAuthentication,
        RelayWatchdog.Timing watchdog) {

    public AgentServices(RelayUrl relay, DeviceIdentity identity, ConsoleNotices console, TelemetryLoop telemetry,
            ActionRunner actions, boolean pair) {
        this(relay, identity, console, telemetry, actions, new AtomicBoolean(pair), RelayWatchdog.Timing.STANDARD);
    }
}
