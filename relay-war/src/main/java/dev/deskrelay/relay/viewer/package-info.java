/** The socket browsers connect to: pairing by code, authentication by token, telemetry out, actions in. */
package dev.deskrelay.relay.viewer;
