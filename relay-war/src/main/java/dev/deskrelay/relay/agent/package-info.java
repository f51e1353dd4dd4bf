/**
 * The socket agents connect to: enrollment, authentication, telemetry in, actions out. The rules
 * are {@link dev.deskrelay.relay.agent.AgentConversation}'s; what it needs of the container's
 * beans is {@link dev.deskrelay.relay.agent.AgentRelay}; the endpoint only makes one per socket.
 */
package dev.deskrelay.relay.agent;
