/**
 * The WebSocket connection to the relay: the Tyrus client endpoint, the conversation it carries
 * (authenticate, then telemetry and actions), the watchdog that notices a relay gone silent, the
 * loop that reconnects with jittered exponential backoff, and the short exchanges the commands
 * use ({@code status}, {@code pair}) on a control connection that leaves the daemon connected.
 */
package dev.deskrelay.agent.connection;
