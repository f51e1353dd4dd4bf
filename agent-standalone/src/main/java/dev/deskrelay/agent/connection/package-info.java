/**
 * The WebSocket connection to the relay: the Tyrus client endpoint, the conversation it carries
 * (authenticate, then telemetry and actions), and the loop that reconnects when the relay goes away.
 */
package dev.deskrelay.agent.connection;
