/**
 * What agents report about their machines, on its way to viewers. The latest system facts and
 * filesystems of each device are kept in memory, so a viewer that arrives later sees them at once.
 * Every report is also shown to a {@link dev.deskrelay.relay.telemetry.TelemetryWatch} (the alert
 * rules), which this package knows only as that interface.
 */
package dev.deskrelay.relay.telemetry;
