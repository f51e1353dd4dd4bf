/**
 * Actions in flight between a viewer and an agent. Every action is answered exactly once: by the
 * agent's result, or by the relay with {@code device_offline} or {@code timeout}.
 */
package dev.deskrelay.relay.actions;
