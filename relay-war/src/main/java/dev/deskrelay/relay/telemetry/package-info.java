/**
 * What agents report about their machines, on its way to viewers. The latest system facts and
 * filesystems of each device are kept in memory, so a viewer that arrives later sees them at once.
 */
package dev.deskrelay.relay.telemetry;
