/**
 * The socket browsers connect to: pairing by code, authentication by token, telemetry out,
 * actions in. The rules are {@link dev.deskrelay.relay.viewer.ViewerConversation}'s; what it needs
 * of the container's beans is {@link dev.deskrelay.relay.viewer.ViewerRelay}; the endpoint only
 * makes one per socket.
 */
package dev.deskrelay.relay.viewer;
