/**
 * The relay: agents and viewers connect to it over WebSocket, it authenticates both, and passes
 * telemetry from a device to the viewers granted that device and actions the other way.
 */
package dev.deskrelay.relay;
